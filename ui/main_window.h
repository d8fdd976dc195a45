// main_window.h — the studio's main window: the open workspace (File > New /
// Open workspace), tabs for the model page (open a model folder and see its
// configuration) and the Train view; switch the language. Views that work on
// the workspace (annotation, quality, generation, evaluation) are further tabs
// and follow workspaceChanged().
#pragma once

#include "util/result.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QPlainTextEdit;
class QTabWidget;

namespace ps::store {
class Workspace;
}

namespace ps::ui {

class AnnotateView;
class TrainView;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;
    // Opens (creating it when missing) the workspace file and hands it to every
    // view; the previous workspace is closed. On error nothing changes.
    Status openWorkspace(const QString& path);
    void closeWorkspace();
    // The GUI thread's connection to the open workspace, or nullptr.
    store::Workspace* workspace() const { return workspace_.get(); }
    // Who votes: remembered in the settings, by default the login name.
    QString annotatorName() const;
    void setAnnotatorName(const QString& name);
    // Shows the model folder's configuration, or the error that prevents loading it.
    void openModel(const QString& dir);
    // Switches the UI language ("en", "vi") and remembers it.
    void setLanguage(const QString& language);
    TrainView* trainView() const { return trainView_; }
    // Brings the Train tab to the front.
    void showTrainView();
    // Brings the tab whose widget has this object name to the front
    // ("promptsView", "annotateView", "qualityView", "trainView", "modelPage").
    void showView(const QString& objectName);

Q_SIGNALS:
    // A workspace was opened (or closed: nullptr). The pointer stays valid until
    // the next workspaceChanged().
    void workspaceChanged(ps::store::Workspace* workspace);
    void annotatorChanged(const QString& name);

protected:
    void changeEvent(QEvent* event) override;
    // Asks before quitting while a training run is going (it stops at a checkpoint).
    void closeEvent(QCloseEvent* event) override;

private:
    void chooseModel();
    void chooseWorkspace(bool create);
    void askAnnotatorName();
    void retranslate();
    void showModel();

    QString modelDir_;
    std::unique_ptr<store::Workspace> workspace_;
    QLabel* workspaceStatus_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    TrainView* trainView_ = nullptr;
    AnnotateView* annotateView_ = nullptr;
    QLabel* intro_ = nullptr;
    QPlainTextEdit* details_ = nullptr;
    QLabel* status_ = nullptr;
    QMenu* fileMenu_ = nullptr;
    QMenu* languageMenu_ = nullptr;
    QAction* openAction_ = nullptr;
    QAction* newWorkspaceAction_ = nullptr;
    QAction* openWorkspaceAction_ = nullptr;
    QAction* annotatorAction_ = nullptr;
    QAction* quitAction_ = nullptr;
    QAction* englishAction_ = nullptr;
    QAction* vietnameseAction_ = nullptr;
};

}  // namespace ps::ui
