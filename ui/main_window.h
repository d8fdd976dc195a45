// main_window.h — the studio's main window: tabs for the model page (open a
// model folder and see its configuration) and the Train view; switch the
// language. Annotation and evaluation views plug in as further tabs.
#pragma once

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QPlainTextEdit;
class QTabWidget;

namespace ps::ui {

class TrainView;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    // Shows the model folder's configuration, or the error that prevents loading it.
    void openModel(const QString& dir);
    // Switches the UI language ("en", "vi") and remembers it.
    void setLanguage(const QString& language);
    TrainView* trainView() const { return trainView_; }
    // Brings the Train tab to the front.
    void showTrainView();

protected:
    void changeEvent(QEvent* event) override;

private:
    void chooseModel();
    void retranslate();
    void showModel();

    QString modelDir_;
    QTabWidget* tabs_ = nullptr;
    TrainView* trainView_ = nullptr;
    QLabel* intro_ = nullptr;
    QPlainTextEdit* details_ = nullptr;
    QLabel* status_ = nullptr;
    QMenu* fileMenu_ = nullptr;
    QMenu* languageMenu_ = nullptr;
    QAction* openAction_ = nullptr;
    QAction* quitAction_ = nullptr;
    QAction* englishAction_ = nullptr;
    QAction* vietnameseAction_ = nullptr;
};

}  // namespace ps::ui
