// tst_main_window — the studio window driven through its real widgets:
// opening a model folder, a broken folder, and switching the language.
#include "main_window.h"
#include "model/config.h"
#include "model/create_model.h"
#include "util/i18n.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QtTest>

using namespace ps;

class TestMainWindow : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("PrefstudioTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_main_window"));
        QVERIFY(dir_.isValid());
        auto cfg = model::presetConfig(QStringLiteral("tiny"));
        QVERIFY(cfg.ok());
        model::CreateModelOptions o;
        o.outDir = dir_.filePath(QStringLiteral("tiny"));
        QVERIFY(model::createRandomModel(cfg.value(), o).ok());
    }

    void showsTheModelConfiguration() {
        ui::MainWindow w;
        w.setLanguage(QStringLiteral("en"));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openModel(dir_.filePath(QStringLiteral("tiny")));
        const QString text = w.findChild<QPlainTextEdit*>(QStringLiteral("modelDetails"))->toPlainText();
        QVERIFY2(text.contains(QLatin1String("Parameters: 0.2 M")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("conv, attention, conv, attention")));
        QCOMPARE(w.findChild<QLabel*>(QStringLiteral("statusLabel"))->text(), QStringLiteral("Model: tiny"));
    }

    void reportsABrokenModelFolder() {
        const QString broken = dir_.filePath(QStringLiteral("broken"));
        QVERIFY(QDir().mkpath(broken));
        QFile f(broken + QStringLiteral("/config.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"model_type\": \"llama\"}");
        f.close();
        ui::MainWindow w;
        w.openModel(broken);
        const QString text = w.findChild<QPlainTextEdit*>(QStringLiteral("modelDetails"))->toPlainText();
        QVERIFY2(text.contains(QLatin1String("unknown model_type 'llama'")), qPrintable(text));
        QCOMPARE(w.findChild<QLabel*>(QStringLiteral("statusLabel"))->text(), QStringLiteral("No model"));
    }

    void switchesLanguageFromTheMenu() {
        ui::MainWindow w;
        w.setLanguage(QStringLiteral("en"));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openModel(dir_.filePath(QStringLiteral("tiny")));
        const QString englishMenu = w.menuBar()->actions().first()->text();
        QCOMPARE(englishMenu, QStringLiteral("&File"));
        w.findChild<QAction*>(QStringLiteral("languageVi"))->trigger();
        QCoreApplication::processEvents();
        const QString vietnameseMenu = w.menuBar()->actions().first()->text();
        QVERIFY2(vietnameseMenu != englishMenu, qPrintable(vietnameseMenu));
        const QString details = w.findChild<QPlainTextEdit*>(QStringLiteral("modelDetails"))->toPlainText();
        QVERIFY2(!details.contains(QLatin1String("Parameters:")), qPrintable(details));
        QCOMPARE(chooseLanguage(), QStringLiteral("vi"));  // remembered in the settings
        w.findChild<QAction*>(QStringLiteral("languageEn"))->trigger();
        QCoreApplication::processEvents();
        QCOMPARE(w.menuBar()->actions().first()->text(), englishMenu);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
