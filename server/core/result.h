#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace wag {

// Why an operation did not happen: a stable machine code (the ones SPEC names where it
// names one, e.g. "invalid_instance") and a sentence for people.
struct Failure
{
    QString code;
    QString message;
};

// The outcome of a service call: a value or a Failure, never both. Small on purpose: the
// services return these, and the HTTP, GUI and admin front-ends turn them into their own
// way of saying "no".
template<typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Failure failure) : m_failure(std::move(failure)) {}

    static Result fail(QString code, QString message)
    {
        return Result(Failure{std::move(code), std::move(message)});
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const Failure &failure() const { return m_failure; }

private:
    std::optional<T> m_value;
    Failure m_failure;
};

// For operations that return nothing but can fail.
struct Done
{
};
using Status = Result<Done>;
inline Status succeeded() { return Status(Done{}); }

} // namespace wag
