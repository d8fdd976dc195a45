// main_window.h — the studio's main window. For now: open a model folder and
// see its configuration; annotation, training and evaluation views plug in here.
#pragma once

#include <QMainWindow>

class QLabel;
class QPlainTextEdit;

namespace ps::ui {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    // Shows the model folder's configuration, or the error that prevents loading it.
    void openModel(const QString& dir);

private:
    void chooseModel();

    QPlainTextEdit* details_ = nullptr;
    QLabel* status_ = nullptr;
};

}  // namespace ps::ui
