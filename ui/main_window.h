// main_window.h — the studio's main window. For now: open a model folder and
// see its configuration, switch the language; annotation, training and
// evaluation views plug in here.
#pragma once

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QPlainTextEdit;

namespace ps::ui {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    // Shows the model folder's configuration, or the error that prevents loading it.
    void openModel(const QString& dir);
    // Switches the UI language ("en", "vi") and remembers it.
    void setLanguage(const QString& language);

protected:
    void changeEvent(QEvent* event) override;

private:
    void chooseModel();
    void retranslate();
    void showModel();

    QString modelDir_;
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
