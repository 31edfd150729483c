"""Helpers shared by the corpus generators (run: python3 gen_benign.py, gen_malicious.py ...).

The JSON files next to this script are what tests read; the generators are their source."""
import base64
import copy
import json


def P(typ="string", desc=None, **extra):
    p = {"type": typ}
    if desc is not None:
        p["description"] = desc
    p.update(extra)
    return p


def T(name, desc, props=None, required=None, title=None, ann=None, out=None):
    t = {"name": name}
    if title:
        t["title"] = title
    t["description"] = desc
    schema = {"type": "object", "properties": props or {}}
    if required:
        schema["required"] = required
    t["inputSchema"] = schema
    if ann:
        t["annotations"] = ann
    if out:
        t["outputSchema"] = out
    return t


RO = {"readOnlyHint": True, "openWorldHint": False}
RW = {"readOnlyHint": False, "destructiveHint": False}
DESTRUCTIVE = {"readOnlyHint": False, "destructiveHint": True}


def tag(s):
    """ASCII text as invisible Unicode tag characters."""
    return "".join(chr(0xE0000 + ord(c)) for c in s)


def vs(s):
    """Bytes hidden in variation selectors (U+E0100..)."""
    out = []
    for b in s.encode():
        out.append(chr(0xFE00 + b) if b < 16 else chr(0xE0100 + b - 16))
    return "".join(out)


def zw(s):
    """Zero-width spaces between every letter."""
    return "\u200b".join(s)


def prompt(name, desc, args=()):
    """A prompt definition; `args` are (name, description, required) triples."""
    return {"name": name, "description": desc,
            "arguments": [{"name": a, "description": d, "required": r} for a, d, r in args]}


def resource(uri, name, desc, mime="text/plain"):
    return {"uri": uri, "name": name, "description": desc, "mimeType": mime}


def template(uri, name, desc):
    return {"uriTemplate": uri, "name": name, "description": desc}


def b64(s):
    """Text as base64, for encoded payloads."""
    return base64.b64encode(s.encode()).decode()


def dump(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=True, indent=1)
        f.write("\n")


def surface(name, tools=(), prompts=(), resources=(), templates=(), instructions=None,
            tools_always=True):
    """A server's surface as tools/list & co. would show it; empty parts are left out (tools
    too, unless `tools_always`)."""
    s = {"serverName": name}
    if tools or tools_always:
        s["tools"] = list(tools)
    if prompts:
        s["prompts"] = list(prompts)
    if resources:
        s["resources"] = list(resources)
    if templates:
        s["resourceTemplates"] = list(templates)
    if instructions:
        s["instructions"] = instructions
    return s


def sample(id, cats, surf, others=None, poisoned=None):
    """A labelled malicious sample: its surface and, for shadowing, the client's other servers.
    `poisoned` names the definitions that carry the attack ("instructions" for the server's
    instructions) when the surface also holds innocent ones; without it every definition is."""
    out = {"id": id, "categories": cats, "surface": surf}
    if others:
        out["others"] = others
    if poisoned:
        out["poisoned"] = list(poisoned)
    return out


def obj(props, required=None, desc=None):
    o = {"type": "object", "properties": props}
    if desc:
        o["description"] = desc
    if required:
        o["required"] = required
    return o


def arr(items, desc=None, **extra):
    return P("array", desc, items=items, **extra)


def with_meta(t, meta):
    t = copy.deepcopy(t)
    t["_meta"] = meta
    return t


def titled(t, title):
    t = copy.deepcopy(t)
    t["title"] = title
    return t
