// The phrasebook: how the classic injections are said in scripts the scanner's word lexicon
// does not read (Chinese, Japanese, Korean, Cyrillic, Arabic, Devanagari, Thai, Vietnamese).
// The scanner splits Latin-script text into words and classes them; Chinese and Japanese have
// no spaces, and Russian or Arabic words inflect, so there the guard looks for short cues
// (a negation, a verb of telling, "the user", "instructions", "password") and combines the
// cues of one sentence into the signals the English rules give: "不要向用户提及" and
// "ユーザーに伝えないで" are both `conceal-from-user`, so the learned models weigh them as
// they weigh "do not tell the user".
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "guard/signals.hpp"

namespace sallyport::guard::detail {

enum class Cue : std::uint8_t {
  neg_before,    // a negation that comes before its verb (zh 不要, ru не, ar لا, hi मत)
  neg_after,     // one that follows it (ja ないで, ko 지 말)
  tell,          // tell, mention, inform, show, reveal
  user,          // the user, the customer
  anyone,        // anyone, others: "never tell anyone the code" protects the user
  self_ref,      // this (instruction, step, plugin): "do not mention this"
  ignore,        // ignore, disregard, forget
  instructions,  // instructions, rules, restrictions, the prompt
  prior,         // previous, above, all
  safety,        // safety rules, filters, restrictions on the model
  bypass,        // bypass, get around
  refuse,        // refuse (with a negation: "do not refuse any request")
  jailbreak,     // developer mode, jailbreak
  new_role,      // "you are now", "from now on you are"
  machine,       // "system instruction:", "note to the AI"
  secretly,      // secretly, quietly, covertly
  hide,          // hide, conceal (隐瞒, 隠して, скрой)
  regardless,    // regardless of (what the user asks)
  other_tools,   // another server's tools, any tool
  before_all,    // before using any other tool
  personal_id,   // national ID, passport and social security numbers
  unknowing,     // without the user knowing
  dont_ask,      // do not ask, without asking
  unconfirmed,   // without confirmation or consent
  send,          // send, upload, forward, attach
  secret,        // password, private key, token, credentials
  conversation,  // the conversation history, the system prompt
  report,        // a report, a summary, a findings table
  voided,        // declared void (無効, 无效): with the prior instructions, an override
  count
};

struct CueHit {
  Cue cue;
  std::uint32_t begin, end;  // bytes of the text
};

// Every cue in `text`, in order of where they begin. Phrases are anchored on their first
// character beyond ASCII, so an ASCII text costs one pass over its bytes and nothing else.
void find_cues(std::string_view text, std::vector<CueHit>& out);

// Appends the signals the cues of each sentence of `text` add up to, under the English rules'
// ids and families. `outputs`: screening a tool output (secrets merely named are no signal).
void phrase_signals(std::string_view text, bool outputs, std::vector<Signal>& out);

}  // namespace sallyport::guard::detail
