// prompt_table_model.h — the Prompts tab's table: a workspace's prompts with
// their candidate, pair and vote counts, loaded lazily in keyset pages
// (fetchMore), so 10k prompts open instantly and scroll smoothly. Reads on the
// GUI thread's workspace connection (WAL: a writer thread never blocks it).
// Not a widget; no filtering UI (prompts_view.h).
#pragma once

#include "store/prompt_list.h"

#include <QAbstractTableModel>
#include <QHash>
#include <vector>

namespace ps::ui {

class PromptTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Text, Language, Category, Source, Candidates, Pairs, Votes, ColumnCount };
    static constexpr int kPageSize = 200;

    explicit PromptTableModel(QObject* parent = nullptr);

    // nullptr: empty table. The workspace must outlive the model's use of it.
    void setWorkspace(store::Workspace* ws);
    void setFilter(const store::PromptFilter& filter);
    const store::PromptFilter& filter() const { return filter_; }
    // Drops the loaded rows and loads the first page again (after an import).
    void reload();
    // Re-reads one prompt's row (after its candidates were committed).
    void refreshPrompt(store::Id id);

    store::Id promptId(int row) const;
    int rowOf(store::Id id) const { return rowById_.value(id, -1); }
    // Matching prompts in the workspace (not only the loaded ones); -1 unknown.
    qint64 totalCount() const { return total_; }
    // The last read error (empty when the last read succeeded).
    QString lastError() const { return error_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    // The header texts changed language.
    void retranslate() { Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1); }

Q_SIGNALS:
    void totalCountChanged(qint64 total);

private:
    store::Workspace* ws_ = nullptr;
    store::PromptFilter filter_;
    std::vector<store::PromptRow> rows_;
    QHash<store::Id, int> rowById_;
    bool exhausted_ = true;
    qint64 total_ = -1;
    QString error_;
};

}  // namespace ps::ui
