// result.h — the one error type at core's public boundaries.
//
// Core functions that can fail on outside data return Result<T>: either a value
// or an Error with a human-readable message (already translated) and the stage
// it happened in ("loading model weights", "parsing config.json"). Exceptions
// from LibTorch are caught at the boundary and turned into Errors.
#pragma once

#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace ps {

struct Error {
    QString message;  // what went wrong, e.g. "tensor 'x' ends at byte 90, file has 80"
    QString context;  // where: a file path or a stage; may be empty

    QString toString() const { return context.isEmpty() ? message : context + QStringLiteral(": ") + message; }
    // Returns a copy with an outer stage prepended ("loading model: <inner>").
    Error within(const QString& outer) const {
        return Error{message, context.isEmpty() ? outer : outer + QStringLiteral(": ") + context};
    }
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : v_(std::move(value)) {}
    Result(Error error) : v_(std::move(error)) {}

    bool ok() const { return v_.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(v_); }
    const T& value() const& { return std::get<0>(v_); }
    // By value: `for (auto& x : f().value())` then keeps the value alive for the
    // loop (a T&& into the dying Result dangled; ASan found one in a test).
    T value() && { return std::get<0>(std::move(v_)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }

    const Error& error() const { return std::get<1>(v_); }

private:
    std::variant<T, Error> v_;
};

// Status for operations that produce nothing but can fail.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error) : error_(std::move(error)) {}
    static Status success() { return Status(); }

    bool ok() const { return !error_.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *error_; }

private:
    std::optional<Error> error_;
};

inline Error makeError(QString message, QString context = {}) { return Error{std::move(message), std::move(context)}; }

}  // namespace ps

// Propagates an error from a Result/Status expression, e.g. PS_TRY(status);
#define PS_TRY(expr)                              \
    do {                                          \
        auto&& ps_try_r_ = (expr);                \
        if (!ps_try_r_.ok()) return ps_try_r_.error(); \
    } while (0)
