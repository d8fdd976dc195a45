#include "prompt_table_model.h"

#include <QFont>

namespace ps::ui {

PromptTableModel::PromptTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void PromptTableModel::setWorkspace(store::Workspace* ws) {
    ws_ = ws;
    reload();
}

void PromptTableModel::setFilter(const store::PromptFilter& filter) {
    filter_ = filter;
    reload();
}

void PromptTableModel::reload() {
    beginResetModel();
    rows_.clear();
    rowById_.clear();
    exhausted_ = ws_ == nullptr;
    total_ = -1;
    error_.clear();
    endResetModel();
    if (!ws_) {
        Q_EMIT totalCountChanged(-1);
        return;
    }
    auto n = store::countPrompts(*ws_, filter_);
    if (n) {
        total_ = n.value();
    } else {
        error_ = n.error().toString();
        exhausted_ = true;
    }
    Q_EMIT totalCountChanged(total_);
    if (!exhausted_) fetchMore({});
}

void PromptTableModel::refreshPrompt(store::Id id) {
    const int row = rowOf(id);
    if (row < 0 || !ws_) return;
    auto r = store::promptRow(*ws_, id);
    if (!r || !r.value()) return;
    rows_[static_cast<size_t>(row)] = *r.value();
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

store::Id PromptTableModel::promptId(int row) const {
    return row >= 0 && row < static_cast<int>(rows_.size()) ? rows_[static_cast<size_t>(row)].id : 0;
}

int PromptTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(rows_.size()); }
int PromptTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

bool PromptTableModel::canFetchMore(const QModelIndex& parent) const { return !parent.isValid() && !exhausted_; }

void PromptTableModel::fetchMore(const QModelIndex& parent) {
    if (parent.isValid() || exhausted_ || !ws_) return;
    const store::Id after = rows_.empty() ? 0 : rows_.back().id;
    auto page = store::listPrompts(*ws_, filter_, after, kPageSize);
    if (!page) {
        error_ = page.error().toString();
        exhausted_ = true;
        return;
    }
    exhausted_ = static_cast<int>(page->size()) < kPageSize;
    if (page->empty()) return;
    const int first = static_cast<int>(rows_.size());
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    for (store::PromptRow& r : page.value()) {
        rowById_.insert(r.id, static_cast<int>(rows_.size()));
        rows_.push_back(std::move(r));
    }
    endInsertRows();
}

QVariant PromptTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= static_cast<int>(rows_.size())) return {};
    const store::PromptRow& r = rows_[static_cast<size_t>(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Text: return r.preview;
        case Language: return r.language;
        case Category: return r.category;
        case Source: return r.source;
        case Candidates: return r.generations;
        case Pairs: return r.pairs;
        case Votes: return r.votes;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Text)
        return r.chat ? tr("Chat prompt #%1: %2").arg(r.id).arg(r.preview) : tr("Prompt #%1: %2").arg(r.id).arg(r.preview);
    if (role == Qt::TextAlignmentRole && index.column() >= Candidates) return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && index.column() == Text && r.chat) {
        QFont f;
        f.setItalic(true);
        return f;
    }
    if (role == Qt::UserRole) return r.id;
    return {};
}

QVariant PromptTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole) return {};
    if (orientation == Qt::Vertical) return section < static_cast<int>(rows_.size()) ? QVariant(rows_[static_cast<size_t>(section)].id) : QVariant();
    switch (section) {
    case Text: return tr("Prompt");
    case Language: return tr("Language");
    case Category: return tr("Category");
    case Source: return tr("Source");
    case Candidates: return tr("Candidates");
    case Pairs: return tr("Pairs");
    case Votes: return tr("Votes");
    default: return {};
    }
}

}  // namespace ps::ui
