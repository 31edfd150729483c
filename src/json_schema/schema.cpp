// Public entry points; the work happens in compiler.cpp and evaluator.cpp.

#include "json_schema/compiled.hpp"

namespace sallyport::json_schema {

std::expected<Schema, std::string> Schema::compile(const boost::json::value& schema,
                                                   const Limits& limits) {
  auto impl = detail::compile_schema(schema, limits);
  if (!impl) return std::unexpected(std::move(impl.error()));
  return Schema(std::shared_ptr<const Impl>(std::move(*impl)));
}

bool Schema::is_valid(const boost::json::value& instance) const {
  return detail::evaluate(*impl_, instance, nullptr);
}

std::vector<ValidationError> Schema::validate(const boost::json::value& instance) const {
  std::vector<ValidationError> errors;
  detail::evaluate(*impl_, instance, &errors);
  return errors;
}

}  // namespace sallyport::json_schema
