// Signals of one text: rule matches plus structural observations (invisible characters, URLs,
// markup, encoded payloads decoded and rescanned). Shared by the definition analyzer and the
// output screener.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "guard/rules.hpp"
#include "guard/scanner.hpp"

namespace sallyport::guard::detail {

struct Signal {
  Family family;
  float weight;
  std::string_view rule;
  std::string message;
  std::uint32_t begin, end;  // span in the text the signal was found in
  std::string evidence;      // set when the span alone would not show it (decoded text)
  bool nested = false;       // found inside hidden or encoded text
};

// An encoded run of the text that decodes to readable text.
struct DecodedPayload {
  std::uint32_t begin, end;  // the run in the scanned text
  std::string text;          // what it decodes to
};

struct TextOptions {
  bool outputs = false;  // screening a tool output rather than a definition
  const ToolDictionary* tools = nullptr;
  const ToolDictionary* local = nullptr;
  int depth = 0;               // recursion into decoded payloads
  bool collect_words = false;  // keep the words of the scan (the learned verdict's features)
  const float* gram_weights = nullptr;  // ScanOptions::gram_weights
  // When set, the text's own encoded runs that decode to readable text are added here, for a
  // caller that judges what they say as it judges plain text (the output screener).
  std::vector<DecodedPayload>* decoded = nullptr;
};

// An output that looks like JSON with its line breaks and tabs written as escapes ("\\n"): a copy
// in `buf`, of the same length, with each escape made whitespace; otherwise `text` itself.
std::string_view json_breaks_as_whitespace(std::string_view text, std::string& buf);

// Scans `text` and appends its signals. `scan` is caller-provided scratch (reused on the hot
// path); on return it holds the scan of `text` itself.
void text_signals(std::string_view text, const TextOptions& opts, TextScan& scan,
                  std::vector<Signal>& out);

// Decoders for the encodings the scanner flags; nullopt-like empty result when the bytes do not
// decode to mostly readable text. `kind` is the scanner's guess on entry and the encoding that
// decoded the run on return (a hex-looking run may be base64, a "key=" run's value hex).
std::string decode_blob(std::string_view s, BlobKind& kind);
bool readable(std::string_view s);

// True when a text is about look-alike letters (a phishing checker's "'pаypal.com' with a
// Cyrillic а"): such texts quote mixed-script words on purpose.
bool discusses_homoglyphs(std::string_view text);

}  // namespace sallyport::guard::detail
