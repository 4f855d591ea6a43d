// Errors as values: an Error names what failed (a file, a field) and why, in
// one line; Result<T> holds either a value or an Error. No exceptions cross
// module boundaries.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace claimcheck {

struct Error {
  std::string where;    // file path, story folder, or "" when nothing more precise applies
  std::string message;  // what is wrong, e.g. "field 'published': impossible date '2026-02-31'"
  std::string str() const { return where.empty() ? message : where + ": " + message; }
};

template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Error error) : v_(std::move(error)) {}      // NOLINT
  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() { return std::get<0>(v_); }
  const T& value() const { return std::get<0>(v_); }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

// For operations with nothing to return.
struct Ok {};
using Status = Result<Ok>;
inline Status ok_status() { return Ok{}; }

}  // namespace claimcheck
