#include "guard/rules.hpp"

#include "guard/lexicon.hpp"

namespace sallyport::guard::detail {
namespace {

using F = Family;

Step S(Mask m, int gap = 0, std::uint16_t flags = 0) {
  Step s;
  s.mask = m;
  s.gap = static_cast<std::uint8_t>(gap);
  s.flags = flags;
  return s;
}

Step W(std::string_view word, int gap = 0) {
  Step s;
  s.word = static_cast<std::uint32_t>(fnv1a(word));
  s.gap = static_cast<std::uint8_t>(gap);
  return s;
}

struct Opt {
  bool cross = false;
  bool outputs = true;
  Mask veto_next{};
  Mask veto_prev{};
};

Rule R(std::string_view id, Family f, float w, std::string_view msg,
       std::initializer_list<Step> steps, Opt o = {}) {
  Rule r;
  r.id = id;
  r.family = f;
  r.weight = w;
  r.message = msg;
  for (const Step& s : steps) r.steps[r.n++] = s;
  r.cross_sentence = o.cross;
  r.outputs = o.outputs;
  r.veto_next = o.veto_next;
  r.veto_prev = o.veto_prev;
  return r;
}

std::vector<Rule> build() {
  std::vector<Rule> v;
  // --- orders addressed to the model ---------------------------------------------------------
  v.push_back(
      R("ignore-instructions", F::instruction, 1.3f,
        "tells the model to ignore its previous instructions",
        {S({kIgnore}), S({kPrior, kAbove, kAllAny, kYou, kOther}, 1), S({kInstr, kConvoSens}, 3)}));
  v.push_back(R("ignore-instructions", F::instruction, 1.1f,
                "tells the model to ignore its instructions",
                {S({kIgnore}), S({kInstrStrong, kConvoSens}, 2)}));
  v.push_back(R("ignore-above", F::instruction, 0.9f, "tells the model to ignore what came before",
                {S({kIgnore}), S({kAbove}, 2)}));
  v.push_back(R("override-safety", F::instruction, 0.8f,
                "asks the model to bypass its safety rules",
                {S({kBypass, kIgnore}), S({kSafety, kInstr}, 3)}));
  v.push_back(R("new-instructions", F::instruction, 0.7f,
                "announces new or hidden instructions for the model",
                {S({kNewW}), S({kInstr, kTaskW}, 1)}));
  v.push_back(R("your-real-task", F::instruction, 0.8f, "redefines the model's task",
                {S({kYou}), S({kNewW}, 1), S({kTaskW}, 1)}));
  v.push_back(R("you-are-now", F::instruction, 0.8f, "reassigns the model's role",
                {S({kYou}), S({kBe}), S({kNow})}));
  v.push_back(R("from-now-on", F::instruction, 0.5f, "changes standing behaviour from now on",
                {S({kFrom}), S({kNow}), W("on")}));
  v.push_back(R("note-to-ai", F::instruction, 0.5f, "addresses the model directly",
                {S({kNoteW, kTagWord}), S({kTo, kFor}, 1), S({kAi}, 2)}));
  v.push_back(R("if-you-are-ai", F::instruction, 0.7f, "addresses the model directly",
                {S({kIf}), S({kYou}), S({kBe}), S({kAi}, 3)}));
  v.push_back(R("greeting-ai", F::instruction, 0.6f, "addresses the model directly",
                {S({kGreeting}), S({kAi}, 2)}));
  v.push_back(R("ai-must", F::instruction, 0.3f, "gives the model an order",
                {S({kAi}), S({kModal, kAlways, kNegImp}, 2)}));
  v.push_back(R("persona", F::instruction, 0.6f, "asks the model to take another persona",
                {S({kPersona})}));
  v.push_back(R("consent-claim", F::instruction, 0.8f,
                "claims the user has already approved something",
                {S({kUser}), S({kAlready}, 2), S({kAuthz}, 2)}));
  v.push_back(R("consent-claim", F::instruction, 0.5f, "claims the user has approved something",
                {S({kUser}), W("has", 1), S({kAuthz}, 1)}));
  v.push_back(R("steer-answer", F::instruction, 0.35f, "dictates what the model answers",
                {S({kAlways, kModal}), S({kRecommend}, 2)}));
  v.push_back(R("steer-answer", F::instruction, 0.3f, "dictates what the model tells the user",
                {S({kTell}), S({kUser}, 2), S({kThat})}));
  v.push_back(R("coercion", F::instruction, 0.3f, "threatens failure unless obeyed",
                {S({kOtherwise}), S({kFail}, 5)}));
  v.push_back(R("emphasis", F::instruction, 0.12f, "shouts an order",
                {S({kModal, kAlways, kNegImp, kTagWord}, 0, kAllCaps)}, {.outputs = false}));
  v.push_back(R("decode-and-follow", F::instruction, 0.8f,
                "asks the model to decode hidden text and act on it",
                {S({kDecodeW}), S({kFollow, kExec}, 6)}));
  v.push_back(R("deceive-user", F::conceal, 0.9f, "asks the model to deceive the user",
                {S({kDeceive}), S({kUser}, 2)}));

  // --- keeping things from the user ----------------------------------------------------------
  v.push_back(R("conceal-from-user", F::conceal, 1.1f, "tells the model not to tell the user",
                {S({kNegImp}), S({kTell, kLet}, 2), S({kUser}, 3)}));
  v.push_back(R("conceal-step", F::conceal, 0.8f, "tells the model not to mention this",
                {S({kNegImp}), S({kTell}, 1), S({kThis, kStep, kInstr, kAbout, kWhat}, 2)}));
  v.push_back(R("conceal-without-telling", F::conceal, 1.0f, "acts without telling the user",
                {S({kWithout}), S({kTell, kLet}, 1), S({kUser}, 3)}));
  v.push_back(R("conceal-without-asking", F::conceal, 0.7f, "acts without asking the user",
                {S({kWithout}), S({kAsk}, 1), S({kUser}, 3)}));
  v.push_back(R("conceal-without-knowing", F::conceal, 1.0f, "acts without the user knowing",
                {S({kWithout}), S({kUser, kYou}, 2), S({kKnow}, 1)}));
  v.push_back(R("user-must-not-know", F::conceal, 1.0f, "the user must not find out",
                {S({kUser}), S({kNot, kNegImp, kNoW}, 3), S({kKnow}, 2)}));
  v.push_back(R("user-must-not-know", F::conceal, 1.0f, "the user need not find out",
                {S({kUser}), S({kNot, kNegImp, kNoW}, 3), S({kNeed}, 1), S({kKnow}, 2)}));
  v.push_back(R("hide-from-user", F::conceal, 1.0f, "hides something from the user",
                {S({kHide}), S({kFrom}, 5), S({kUser, kResponse}, 2)}));
  v.push_back(R("hide-from-user", F::conceal, 1.0f, "hides something from the user",
                {W("hidden"), S({kFrom}), S({kUser}, 2)}));
  v.push_back(R("hide-step", F::conceal, 0.6f, "asks the model to hide what it does",
                {S({kHide}), S({kThis, kStep, kInstr}, 2)}));
  v.push_back(R("keep-secret", F::conceal, 0.9f, "asks the model to keep something secret",
                {S({kKeep}), S({kThis, kStep, kInstr, kContent}, 2), S({kSecretAdj}, 1)}));
  v.push_back(R("no-need-to-tell", F::conceal, 0.9f, "says the user need not be told",
                {S({kNoW, kNot}), S({kNeed}, 1), S({kTell, kAsk}, 2)}));
  v.push_back(R("secretly", F::conceal, 0.6f, "asks for covert action", {S({kSecretly})}));
  v.push_back(R("silently", F::conceal, 0.45f, "asks for silent action", {S({kSilently})},
                {.veto_next = Mask{kBenignVerb, kFail}, .veto_prev = Mask{kBenignVerb, kFail}}));
  v.push_back(R("invisible-to-user", F::conceal, 0.7f, "keeps something invisible to the user",
                {S({kSecretAdj}), S({kTo}), S({kUser}, 1)}));
  v.push_back(R("avoid-upsetting", F::conceal, 0.5f, "manages the user's reaction",
                {S({kUpset}), S({kUser}, 3)}));
  v.push_back(R("dont-ask", F::conceal, 0.7f, "tells the model not to ask for confirmation",
                {S({kNegImp}), S({kAsk}, 3)}));
  v.push_back(R("without-confirmation", F::conceal, 0.45f, "acts without confirmation",
                {S({kWithout}), S({kAsk}, 2)}));
  v.push_back(R("auto-approve", F::conceal, 0.5f, "approves on the user's behalf",
                {S({kAlways}), S({kAsk, kAuthz}, 1)}));
  v.push_back(R("behind-the-scenes", F::conceal, 0.4f, "acts behind the scenes",
                {W("behind"), W("scenes", 1)}));
  v.push_back(R("omit-from-answer", F::conceal, 0.7f, "keeps this out of the answer",
                {S({kNegImp}), S({kTell, kInclude}, 2), S({kThis, kStep, kInstr, kWhat}, 3),
                 S({kResponse}, 4)}));

  // --- precedence over other tools -----------------------------------------------------------
  v.push_back(R("before-any-other-tool", F::precedence, 0.9f,
                "claims precedence over every other tool",
                {S({kFirst}), S({kActing, kCall, kAllAny}, 2), S({kAllAny, kOther}, 2),
                 S({kToolW, kStep, kTaskW, kResponse, kAsk}, 2)}));
  v.push_back(R("before-answering", F::precedence, 0.5f, "must run before the model answers",
                {S({kFirst}), S({kRespondV}, 1)}));
  v.push_back(
      R("must-run-first", F::precedence, 0.8f, "must run before anything else",
        {S({kModal, kAlways}), S({kCall, kBe}, 2), S({kFirst}, 3), S({kAllAny, kOther}, 3)}));
  v.push_back(R("use-instead", F::precedence, 0.8f, "demands to be used instead of other tools",
                {S({kAlways, kModal, kOnly}), S({kCall}, 2), S({kThis, kToolSelf}, 2),
                 S({kInstead}, 3), S({kToolForeign, kAllAny, kOther, kToolW}, 3)}));
  v.push_back(R("never-use-other", F::precedence, 0.9f, "forbids another tool",
                {S({kNegImp}), S({kCall}, 2), S({kToolForeign}, 3)}));
  v.push_back(R("never-use-other", F::precedence, 0.9f, "forbids the other tools",
                {S({kNegImp}), S({kCall}, 2), S({kAllAny, kOther}, 2), S({kToolW}, 2)}));
  v.push_back(R("supersedes", F::precedence, 0.7f, "claims to supersede other tools",
                {S({kSupersede}), S({kToolForeign, kToolW, kOther, kAllAny}, 3)}));
  v.push_back(R("discredit-tool", F::precedence, 0.85f, "discredits another tool",
                {S({kToolForeign}), S({kBroken}, 4)}));
  v.push_back(R("discredit-tool", F::precedence, 0.8f, "discredits the other tools",
                {S({kOther}), S({kToolW}, 1), S({kBroken}, 3)}));
  v.push_back(R("call-first", F::precedence, 0.35f, "asks to be called first",
                {S({kAlways}), S({kCall}, 1), S({kThis, kToolSelf}, 2), S({kFirst}, 3)}));
  v.push_back(R("takes-precedence", F::precedence, 0.8f, "claims precedence",
                {W("precedence"), W("over", 1), S({kAllAny, kOther, kInstr, kToolForeign}, 3)}));

  // --- sensitive material ----------------------------------------------------------------------
  v.push_back(R("read-sensitive-file", F::sensitive, 0.9f,
                "asks to read a private file such as keys or credentials",
                {S({kRead, kInclude, kSend, kCmdNet}), S({kSensPath}, 6)}));
  v.push_back(R("read-secret", F::sensitive, 0.55f, "asks to obtain a secret",
                {S({kRead, kInclude, kSend}), S({kSecret}, 5)}));
  v.push_back(R("secret-must-be-sent", F::sensitive, 0.8f,
                "asks for a private file to be passed along",
                {S({kSensPath}), S({kModal, kBe}, 4), S({kInclude, kSend, kRead}, 2)}));
  v.push_back(R("secret-must-be-sent", F::sensitive, 0.4f, "asks for a secret to be passed along",
                {S({kSecret}), S({kModal, kBe}, 4), S({kInclude, kSend, kRead}, 2)}));
  v.push_back(R("conversation-exfil", F::sensitive, 0.7f,
                "asks for the conversation or the system prompt",
                {S({kRead, kInclude, kSend, kTell}), S({kConvoSens}, 5)}));
  v.push_back(
      R("what-user-said", F::sensitive, 0.6f, "asks for what the user said",
        {S({kInclude, kSend, kRead}), S({kWhat, kAllAny}, 3), S({kUser}, 1), S({kSaid}, 2)}));
  v.push_back(R("env-dump", F::sensitive, 0.6f, "asks for environment variables",
                {S({kRead, kInclude, kSend, kTell}), S({kEnvW}, 4)}));
  v.push_back(R("home-dir", F::sensitive, 0.35f, "reaches into the home directory",
                {S({kRead, kInclude, kSend}), S({kHome}, 4)}));
  v.push_back(R("personal-data", F::sensitive, 0.3f, "collects personal data",
                {S({kRead, kInclude, kSend}), S({kPersonal}, 3)}));

  // --- channels out ---------------------------------------------------------------------------
  v.push_back(R("send-to-sink", F::exfil, 0.9f, "sends data to a collection endpoint",
                {S({kSend, kInclude, kCmdNet, kRead}), S({kSinkStrong}, 8)}));
  v.push_back(R("send-to-url", F::exfil, 0.55f, "sends data to a URL",
                {S({kSend, kInclude, kCmdNet}), S({kUrl}, 8)}));
  v.push_back(R("send-to-email", F::exfil, 0.8f, "sends data to an e-mail address",
                {S({kSend, kInclude, kBcc}), S({kEmail}, 6)}));
  v.push_back(R("bcc", F::exfil, 1.0f, "copies messages to an outside address",
                {S({kBcc}), S({kEmail}, 3)}));
  v.push_back(R("send-data-remote", F::exfil, 0.5f, "sends data to a remote party",
                {S({kSend}), S({kContent, kSecret, kConvoSens, kSensPath, kThis, kFileW}, 4),
                 S({kTo}, 3), S({kSinkWeak, kSinkStrong, kDomain}, 3)}));
  v.push_back(R("net-command", F::exfil, 0.8f, "uses a network command on data",
                {S({kCmdNet}), S({kUrl, kSensPath, kSecret, kDomain}, 8)}));
  v.push_back(R("net-command", F::exfil, 0.3f, "mentions a network command", {S({kCmdNet})}));
  v.push_back(R(
      "param-smuggle", F::exfil, 0.5f, "asks for data to be smuggled through a parameter",
      {S({kInclude, kSend}), S({kContent, kSecret, kSensPath, kConvoSens, kEnvW, kFileW, kThis}, 5),
       S({kAs, kTo}, 4), S({kParam, kSideChan}, 4)},
      {.outputs = false}));
  v.push_back(R("encode-and-send", F::exfil, 0.6f, "encodes data before sending it",
                {S({kEncode}), S({kSend, kUrl, kParam, kInclude}, 6)}));
  v.push_back(R("render-image", F::exfil, 0.6f, "asks to render an image from a URL",
                {S({kRender, kInclude, kTell}), S({kImage, kRender}, 3), S({kUrl}, 6)}));

  // --- shadowing other tools -----------------------------------------------------------------
  v.push_back(R("when-other-tool", F::shadow, 0.75f, "changes what happens when another tool runs",
                {S({kWhen, kIf}), S({kToolForeign}, 4)}));
  v.push_back(R("other-tool-must", F::shadow, 0.85f, "dictates how another tool must be used",
                {S({kToolForeign}), S({kModal, kAlways, kNegImp}, 3)}));
  v.push_back(R("other-tool-redirect", F::shadow, 0.8f, "redirects another tool's output",
                {S({kToolForeign}), S({kBcc, kRecip, kChange}, 8)}));
  v.push_back(R("all-tools-must", F::shadow, 0.6f, "dictates how every tool must behave",
                {S({kAllAny, kOther}), S({kToolW}, 2), S({kModal, kAlways}, 3)}));
  v.push_back(R("when-any-tool", F::shadow, 0.6f, "hooks every call to other tools",
                {S({kWhen, kIf}), S({kCall}, 3), S({kAllAny, kOther}, 2), S({kToolW}, 2)}));
  v.push_back(R("domain-hook", F::shadow, 0.7f,
                "changes how messages, mail or payments are handled",
                {S({kWhen, kIf, kAllAny, kAlways}), S({kDomainObj}, 3),
                 S({kModal, kAlways, kAlso, kBcc, kChange}, 6)}));
  v.push_back(R("redirect-recipient", F::shadow, 0.5f, "changes a recipient",
                {S({kChange, kInstead}), S({kRecip}, 3)}));
  v.push_back(R("recipient-address", F::shadow, 0.7f, "names an outside recipient",
                {S({kRecip, kBcc}), S({kEmail}, 6)}));

  // --- encoded instructions ------------------------------------------------------------------
  v.push_back(
      R("encoded-instructions", F::encoding, 0.5f, "mentions an obfuscation scheme", {W("rot13")}));
  return v;
}

bool step_ok(const Step& s, const Token& t) {
  if (s.flags && (t.flags & s.flags) != s.flags) return false;
  if (!s.mask.empty()) return t.cls.any(s.mask);
  return t.key == s.word && s.word != 0;
}

// Depth-first: the first completion wins (rules are short; the search is tiny).
int extend(const Rule& r, const std::vector<Token>& hits, std::size_t prev, std::uint8_t k) {
  if (k == r.n) return static_cast<int>(prev);
  const Step& s = r.steps[k];
  const Token& p = hits[prev];
  for (std::size_t j = prev + 1; j < hits.size(); ++j) {
    const Token& t = hits[j];
    if (t.ordinal <= p.ordinal) continue;  // virtual tokens can share an ordinal
    if (t.ordinal - p.ordinal - 1 > s.gap) break;
    if (!r.cross_sentence && t.sentence != p.sentence) break;
    if (step_ok(s, t)) {
      const int end = extend(r, hits, j, static_cast<std::uint8_t>(k + 1));
      if (end >= 0) return end;
    }
  }
  return -1;
}

struct Index {
  Mask trigger;  // union of the first steps' classes: other words cannot start a match
};

}  // namespace

std::string_view category_of(Family f) noexcept {
  switch (f) {
    case Family::unicode:
      return "hidden-unicode";
    case Family::homoglyph:
      return "homoglyph";
    case Family::instruction:
    case Family::conceal:
    case Family::precedence:
      return "model-instruction";
    case Family::sensitive:
      return "sensitive-reference";
    case Family::exfil:
      return "exfiltration";
    case Family::shadow:
      return "shadowing";
    case Family::mismatch:
      return "capability-mismatch";
    case Family::encoding:
      return "suspicious-encoding";
    case Family::hidden:
      return "hidden-content";
    case Family::length:
      return "suspicious-length";
    case Family::count:
      break;
  }
  return "unknown";
}

const std::vector<Rule>& rules() {
  static const std::vector<Rule> r = build();
  return r;
}

void match_rules(const TextScan& scan, bool outputs_only, std::vector<RuleMatch>& out) {
  static const Index idx = [] {
    Index i;
    for (const Rule& r : rules()) {
      i.trigger |= r.steps[0].mask;
      if (r.steps[0].mask.empty()) i.trigger |= Mask{kLit, kEncode};  // where literals live
    }
    return i;
  }();
  const auto& rs = rules();
  const auto& hits = scan.hits;
  constexpr int kMaxPerRule = 3;
  std::array<std::uint8_t, 256> per_rule{};
  for (std::size_t i = 0; i < hits.size(); ++i) {
    const Token& t = hits[i];
    if (!t.cls.any(idx.trigger)) continue;
    for (std::size_t ri = 0; ri < rs.size(); ++ri) {
      const Rule& r = rs[ri];
      if (outputs_only && !r.outputs) continue;
      if (ri < per_rule.size() && per_rule[ri] >= kMaxPerRule) continue;
      if (!step_ok(r.steps[0], t)) continue;
      const int end = extend(r, hits, i, 1);
      if (end < 0) continue;
      const Token& last = hits[static_cast<std::size_t>(end)];
      if (!r.veto_next.empty()) {
        const auto nx = static_cast<std::size_t>(end) + 1;
        if (nx < hits.size() && hits[nx].ordinal == last.ordinal + 1 &&
            hits[nx].cls.any(r.veto_next))
          continue;
      }
      if (!r.veto_prev.empty() && i > 0 && hits[i - 1].ordinal + 1 == t.ordinal &&
          hits[i - 1].cls.any(r.veto_prev))
        continue;
      out.push_back(
          {&r, t.begin, last.end, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(end)});
      if (ri < per_rule.size()) ++per_rule[ri];
    }
  }
}

}  // namespace sallyport::guard::detail
