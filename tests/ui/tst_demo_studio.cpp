// tst_demo_studio — `prefstudio --demo` in the real window: the demo
// workspace is built in the user data folder on first use and opened, the
// demo model is the open model and the Train view's base model, the Train
// settings are the demo's, and a second start reuses the same workspace.
#include "demo/demo_workspace.h"
#include "main_window.h"
#include "store/workspace.h"
#include "studio.h"
#include "train_view.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QtTest>

using namespace ps;

class TestDemoStudio : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);  // ~/.qttest: never the user's real data folder
        QCoreApplication::setOrganizationName(QStringLiteral("PrefstudioTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_demo_studio"));
        QDir(QFileInfo(demo::defaultDemoWorkspacePath()).absolutePath()).removeRecursively();
    }

    void opensTheDemoWorkspaceAndModel() {
        const QString resources = qEnvironmentVariable("PREFSTUDIO_SOURCE_DIR") + QStringLiteral("/resources");
        for (int start = 0; start < 2; ++start) {
            ui::MainWindow w;
            w.setLanguage(QStringLiteral("en"));
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            Status s = ui::openDemo(w, resources);
            QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
            QVERIFY(w.workspace());
            QCOMPARE(w.workspace()->path(), demo::defaultDemoWorkspacePath());
            auto prompts = w.workspace()->promptCount();
            QVERIFY(prompts.ok() && prompts.value() >= 400);
            const QString model = demo::demoModelDir(resources);
            QCOMPARE(w.findChild<QLineEdit*>(QStringLiteral("baseModelEdit"))->text(), model);
            QCOMPARE(w.findChild<QLabel*>(QStringLiteral("statusLabel"))->text(), QStringLiteral("Model: model"));
            // Training reads the workspace's votes; the studio opens on the annotation view.
            QCOMPARE(w.trainView()->pairsSource(), ui::TrainView::PairsSource::Workspace);
            QVERIFY(w.findChild<QLabel*>(QStringLiteral("dataSummary"))->text().contains(QStringLiteral("labelled pairs")));
            QCOMPARE(w.findChild<QTabWidget*>(QStringLiteral("mainTabs"))->currentWidget()->objectName(), QStringLiteral("annotateView"));
            QTRY_VERIFY(w.findChild<QPushButton*>(QStringLiteral("trainButton"))->isEnabled());  // the Train button is ready
            auto cfg = w.trainView()->formConfig();
            QVERIFY(cfg.ok());
            QCOMPARE(cfg->lora, false);
            QCOMPARE(cfg->learningRate, demo::demoTrainConfig().learningRate);
            if (start == 0) {
                w.resize(1280, 860);
                w.showTrainView();
                QTest::qWait(50);
                w.grab().save(QDir::temp().filePath(QStringLiteral("tst_demo_studio_train.png")));
            }
        }
    }
};

QTEST_MAIN(TestDemoStudio)
#include "tst_demo_studio.moc"
