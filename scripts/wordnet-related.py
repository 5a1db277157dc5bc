#!/usr/bin/env python3
"""Generates src/lexicon/related.txt, the related words of common English words, from WordNet 3.0.

For each lemma WordNet's sense-tagged counts (cntlist.rev) have seen at least once, the file lists
the words of its most often tagged sense: the other words of that sense (synonyms), and its
derivationally related forms and similar or pertaining adjectives. Not its hypernyms: a more
general word says less ("ambassador" -> "diplomat" matched "diplomatic discussions"), except for a
sense WordNet glosses as an informal word for its hypernym ("dad" -> "father"; "mom", never
tagged, is kept as its only sense is such a word). Only single words that were themselves tagged
at least once (rare words such as "tyke" are left out) and have fewer than twenty senses are
kept, with their irregular forms ("children", "fought").

With --capitals it generates src/lexicon/capitals.txt instead: each national capital, and each seat
of government in one, with its country's names and adjectives.

With --abbreviations it generates src/lexicon/abbreviations.txt instead: each abbreviation WordNet
gives a common noun phrase of its own sense, spelt by the phrase's initials ("POW", "prisoner of
war"), with the phrase.

With --phrases it generates src/lexicon/phrases.txt instead: each verb, adverb or adjective of two
or three words that the sense-tagged counts have seen ("keep tabs on", "en route", "give up"),
with the one-word words of its most often tagged sense, or of the sense above it when that has
none ("keep tabs on" -> "watch", "monitor").

Usage:   scripts/wordnet-related.py WORDNET_DICT_DIR > src/lexicon/related.txt
         scripts/wordnet-related.py --capitals WORDNET_DICT_DIR > src/lexicon/capitals.txt
         scripts/wordnet-related.py --abbreviations WORDNET_DICT_DIR > src/lexicon/abbreviations.txt
         scripts/wordnet-related.py --phrases WORDNET_DICT_DIR > src/lexicon/phrases.txt
Example: the files of Debian's `wordnet-base` package (/usr/share/wordnet).
"""
import collections
import re
import sys

POS_FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
# cntlist.rev's synset type digit -> part of speech (5, an adjective satellite, is an adjective).
TYPE_POS = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}
# WordNet pointers followed from the sense: derivationally related form, pertainym, similar to.
POINTERS = {"+", "\\", "&"}
ONE_WORD = re.compile(r"^[a-z][a-z-]*[a-z]$")
# A word with twenty senses or more ("call", "change", "set") is too ambiguous to stand for
# another: "forecast" would find every "called".
MAX_SENSES = 19
# A gloss saying its synset is an informal, colloquial or slang word for something ("an informal
# term for a father"): its hypernym names the same thing, not a more general one.
INFORMAL = re.compile(r"\s*(\((informal|colloquial|slang)[^)]*\)|(an? )?(informal|colloquial|slang)"
                      r"( British| American)? (term|terms|word|words|name|names|usage|expression) for)")
# ... unless the gloss calls it offensive: Parley never offers a slur, nor reads one as a word.
OFFENSIVE = re.compile(r"offensive|disparaging|derogatory|vulgar|obscene|ethnic slur")
# WordNet's synset of national capitals (noun 08691669, "national capital"). News names a country
# by its capital ("Moscow said", "Kyiv's allies") and its government by its seat ("the Kremlin"):
# a capital relates to its country's names and adjectives ("kiev" -> "ukraine ukrainian"), and a
# seat in a capital to the capital's ("kremlin" -> "moscow russia russian").
NATIONAL_CAPITAL = "08691669"
# ... and of countries (noun 08544813, "country, state, land"), whose instances or whose kinds' instances
# ("European country") are the countries.
COUNTRY = "08544813"
# ... or whose gloss opens by calling it a state ("a republic in northeastern Europe": Latvia,
# which WordNet files under "Baltic State", a region).
STATE_GLOSS = re.compile(r"^an? (\w+ )?(republic|kingdom|monarchy|principality|sultanate|emirate)\b")
# The gloss of a country's people's noun ("a native or inhabitant of Australia").
INHABITANT_GLOSS = re.compile(r"^an? (native|inhabitant|native or inhabitant|citizen)\b")
# The most words of a country's name of several words ("United Arab Emirates").
MAX_NAME_WORDS = 3
# How many part-of links a capital's country may lie above it (Washington -> District of
# Columbia -> United States).
MAX_HOLONYM_HOPS = 3
# Spellings newer than WordNet 3.0 (2006) of the capitals it holds: Ukraine's official
# romanisation of its capital dates from 1995 and became usual in English news in 2019.
NEWER_SPELLINGS = {"kiev": ["kyiv"]}
# Names of countries newer than WordNet 3.0 that English news now uses beside the old ones:
# Turkey's government asked the UN to write "Türkiye" in 2022 (folded "turkiye"), the Czech
# Republic registered "Czechia" in 2016, Swaziland became "Eswatini" in 2018.
NEWER_COUNTRY_NAMES = {"turkey": ["turkiye"], "czech": ["czechia"], "swaziland": ["eswatini"]}

RELATED_HEADER = """\
# Related words for Parley's search, generated by scripts/wordnet-related.py from WordNet 3.0.
# Each line: a word, a tab, the words WordNet relates to its most often tagged sense.
#"""
CAPITALS_HEADER = """\
# Capitals for Parley's search, generated by scripts/wordnet-related.py --capitals from WordNet 3.0.
# Each line: a national capital or a seat of government in one, a tab, its country's names and
# adjectives.
#"""
LICENSE = """\
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
#
# Permission to use, copy, modify and distribute this software and database and its
# documentation for any purpose and without fee or royalty is hereby granted, provided that you
# agree to comply with the following copyright notice and statements, including the disclaimer,
# and that the same appear on ALL copies of the software, database and documentation, including
# modifications that you make for internal use or for distribution.
#
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION,
# PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR
# ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL
# NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.
#
# The name of Princeton University or Princeton may not be used in advertising or publicity
# pertaining to distribution of the software and/or database. Title to copyright in this
# software, database and any associated documentation shall at all times remain with Princeton
# University and LICENSEE agrees to preserve same."""


ABBREVIATIONS_HEADER = """\
# Abbreviations for Parley's search, generated by scripts/wordnet-related.py --abbreviations from
# WordNet 3.0. Each line: an abbreviation, a tab, the lower-case phrase its letters are the
# initials of.
#"""
# An abbreviation's fewest and most letters: two letters stand for too much, and longer ones are
# spelt out.
ABBREVIATION_LETTERS = range(3, 7)


def index_entries(root):
    """Each lemma of WordNet's index files: its part of speech, the lemma, its number of senses
    and its synsets' offsets, most frequent sense first."""
    for pos, name in POS_FILES.items():
        for line in open(f"{root}/index.{name}", encoding="latin-1"):
            if line.startswith(" "):
                continue
            f = line.split()
            yield pos, f[0], int(f[2]), f[4 + int(f[3]) + 2:]


def synsets(root, name):
    """Each synset of a WordNet data file (`noun`, `verb` …): its fields before the gloss, its
    words as written (without an adjective's marker), and the whole line."""
    for line in open(f"{root}/data.{name}", encoding="latin-1"):
        if line.startswith(" "):
            continue
        f = line.split("|")[0].split()
        count = int(f[3], 16)
        yield f, [re.sub(r"\(.*\)$", "", f[4 + 2 * i]) for i in range(count)], line


def abbreviations(root):
    """Each noun synset's one-word lemma spelt by the initials of a lower-case phrase of the same
    synset ("POW", "prisoner_of_war"): common nouns only, as an organisation's capitalised name
    gives its initials in the article itself."""
    out = {}
    for _, written, _ in synsets(root, "noun"):
        for short in written:
            if not short.isalpha() or len(short) not in ABBREVIATION_LETTERS:
                continue
            for phrase in written:
                parts = [w for w in re.split(r"[_-]", phrase) if w]
                if len(parts) < 2 or not all(w.isalpha() and w.islower() for w in parts):
                    continue
                if "".join(w[0] for w in parts) == short.lower():
                    out.setdefault(short.lower(), " ".join(parts))
    return out


PHRASES_HEADER = """\
# Phrases for Parley's search, generated by scripts/wordnet-related.py --phrases from WordNet 3.0.
# Each line: a verb, adverb or adjective of two or three words (its words separated by spaces), a
# tab, the one-word words of its most often tagged sense, or of the sense above it when that has
# none.
#"""
# How many words a phrase has.
PHRASE_WORDS = range(2, 4)


def phrases(root):
    """Each multi-word verb, adverb or adjective the tagged counts have seen, with the one-word
    words of its most often tagged sense (or, when it has none, of the senses above it) that were
    tagged themselves and have fewer than twenty senses."""
    tagged = collections.Counter()
    best = {}
    for line in open(f"{root}/cntlist.rev", encoding="latin-1"):
        key, sense, count = line.split()
        lemma, rest = key.split("%")
        tagged[lemma] += int(count)
        pos = TYPE_POS[rest[0]]
        if pos != "n" and (lemma not in best or int(count) > best[lemma][0]):
            best[lemma] = (int(count), pos, int(sense))
    senses = collections.Counter()
    offsets = {}
    for pos, lemma, count, offs in index_entries(root):
        senses[lemma] += count
        offsets[(lemma, pos)] = offs
    words, hypernyms = {}, {}
    for pos, name in POS_FILES.items():
        for f, written, _ in synsets(root, name):
            words[(pos, f[0])] = [w.lower() for w in written]
            count = len(written)
            n = int(f[4 + 2 * count])
            base = 5 + 2 * count
            hypernyms[(pos, f[0])] = [
                ("a" if f[base + 4 * i + 2] == "s" else f[base + 4 * i + 2], f[base + 4 * i + 1])
                for i in range(n) if f[base + 4 * i] == "@"]

    def single(synset):
        return [w for w in words.get(synset, []) if ONE_WORD.match(w) and tagged[w] >= 1
                and senses[w] <= MAX_SENSES]

    out = {}
    for lemma, (_, pos, sense) in best.items():
        parts = lemma.split("_")
        if len(parts) not in PHRASE_WORDS or not all(p.isalpha() for p in parts):
            continue
        offs = offsets.get((lemma, pos), [])
        if sense > len(offs):
            continue
        synset = (pos, offs[sense - 1])
        related = single(synset) or [w for h in hypernyms.get(synset, []) for w in single(h)]
        related = [w for i, w in enumerate(related) if w not in related[:i]]
        if related:
            out[" ".join(parts)] = related
    return out


def informal(gloss):
    """Does a synset's gloss say it is an informal word for its hypernym, and no slur?"""
    return bool(INFORMAL.match(gloss)) and not OFFENSIVE.search(gloss)


def main(root, capitals=False):
    words = {}
    pointers = {}
    glosses = {}
    # Words some synset writes in lower case ("male"): not only a place's name. By part of speech.
    lower_case = collections.defaultdict(set)
    for pos, name in POS_FILES.items():
        for f, written, line in synsets(root, name):
            offset, count = f[0], len(written)
            lower_case[pos].update(w.lower() for w in written if w.islower())
            members = [w.lower() for w in written]
            glosses[(pos, offset)] = line.split("|", 1)[1] if "|" in line else ""
            n = int(f[4 + 2 * count])
            base = 5 + 2 * count
            ps = []
            for i in range(n):
                symbol, target, tpos, st = f[base + 4 * i : base + 4 * i + 4]
                tpos = "a" if tpos == "s" else tpos
                ps.append((symbol, tpos, target, int(st[:2], 16), int(st[2:], 16)))
            words[(pos, offset)] = members
            pointers[(pos, offset)] = ps
    tagged = collections.Counter()
    sense_count = collections.Counter()
    for line in open(f"{root}/cntlist.rev", encoding="latin-1"):
        key, sense, count = line.split()
        lemma, rest = key.split("%")
        tagged[lemma] += int(count)
        sense_count[(lemma, TYPE_POS[rest[0]], int(sense))] += int(count)
    top = {}
    for (lemma, pos, sense), count in sense_count.items():
        if lemma not in top or count > top[lemma][0]:
            top[lemma] = (count, pos, sense)
    senses = collections.Counter()
    for _, lemma, count, _ in index_entries(root):
        senses[lemma] += count
    # (base, part of speech) -> its irregular forms
    irregular = collections.defaultdict(list)
    for pos in ("n", "v"):
        for line in open(f"{root}/{POS_FILES[pos]}.exc", encoding="latin-1"):
            form, *bases = line.split()
            for base in bases:
                if ONE_WORD.match(form) and form not in irregular[(base, pos)]:
                    irregular[(base, pos)].append(form)
    related = {}
    for pos, lemma, _, offsets in index_entries(root):
        best = top.get(lemma)
        # An untagged word with one sense, an informal one ("mom"), stands for that sense.
        if not best and len(offsets) == 1 and informal(glosses[(pos, offsets[0])]):
            best = (0, pos, 1)
        if not ONE_WORD.match(lemma) or not best or best[1] != pos or best[2] > len(offsets):
            continue
        synset = (pos, offsets[best[2] - 1])
        members = words[synset]
        me = members.index(lemma) + 1 if lemma in members else 0
        # (word, its part of speech here)
        out = [(w, pos) for w in members]
        # An informal word's hypernym is the same thing said formally ("dad" -> "father").
        if informal(glosses[synset]):
            out += [(w, pos) for sym, _, t, _, _ in pointers[synset] if sym == "@"
                    for w in words[(pos, t)]]
        for symbol, tpos, target, source, dest in pointers[synset]:
            if symbol not in POINTERS:
                continue
            if source == 0:
                out += [(w, tpos) for w in words[(tpos, target)]]
            elif source == me:
                out.append((words[(tpos, target)][dest - 1], tpos))
        kept = []
        forms = []
        for w, wpos in out:
            if w == lemma or not ONE_WORD.match(w) or tagged[w] < 1 or w in kept:
                continue
            if senses[w] > MAX_SENSES:
                continue
            kept.append(w)
            forms += irregular[(w, wpos)]
        # Irregular forms, which a stemmer does not fold: "child" is written "children".
        for f in forms:
            if f not in kept and f != lemma:
                kept.append(f)
        if kept:
            related[lemma] = kept
    if capitals:
        related = capital_relations(words, pointers, glosses, lower_case)
    print(CAPITALS_HEADER if capitals else RELATED_HEADER)
    print(LICENSE)
    for lemma in sorted(related):
        print(lemma + "\t" + " ".join(related[lemma]))


def capital_relations(words, pointers, glosses, lower_case):
    """The capitals and the seats of government in them, each with its country's one-word names
    and adjectives. A capital's name that is also a common word ("Male") is left out; a seat's
    lower-case sense ("a kremlin", any Russian citadel) is rare beside the seat."""

    def one_words(synset):
        return [w for w in words[synset] if ONE_WORD.match(w)]

    def instance_of(synset):
        return [("n", t) for sym, _, t, _, _ in pointers[synset] if sym == "@i"]

    def hypernyms(synset):
        return [("n", t) for sym, _, t, _, _ in pointers[synset] if sym == "@"]

    # A country: an instance of "country" or of a kind of it ("European country"), or one WordNet
    # files under a region ("Baltic State") whose gloss calls it a republic or a kingdom.
    def is_country(synset):
        return any(c == ("n", COUNTRY) or ("n", COUNTRY) in hypernyms(c)
                   for c in instance_of(synset)) or (
            bool(instance_of(synset)) and STATE_GLOSS.match(glosses[synset].strip()) is not None)

    # Adjectives pertaining to a noun ("Ukrainian" for Ukraine), word to word where WordNet links
    # words: "Chinese" pertains to the word "China", "Taiwanese" to "Taiwan", though both name one
    # synset. Not an adjective also written in lower case ("mongoloid"): it is not a nationality.
    pertaining = collections.defaultdict(list)
    for s, ps in pointers.items():
        if s[0] != "a":
            continue
        for sym, tpos, t, source, dest in ps:
            if sym != "\\" or tpos != "n":
                continue
            adjs = words[s] if source == 0 else [words[s][source - 1]]
            targets = words[("n", t)] if source == 0 else [words[("n", t)][dest - 1]]
            for noun in targets:
                # Not "anti-American": a stance, not the country.
                pertaining[noun] += [a for a in adjs if ONE_WORD.match(a) and "-" not in a
                                     and a not in lower_case["a"] and a not in pertaining[noun]]

    # A country's members ("Australian, Aussie" for Australia), with their glosses.
    inhabitants = collections.defaultdict(list)
    for s, ps in pointers.items():
        if s[0] == "n":
            for sym, _, t, _, _ in ps:
                if sym == "#m":
                    inhabitants[("n", t)].append((s, glosses[s]))

    def country_of(synset):
        frontier = [synset]
        for _ in range(MAX_HOLONYM_HOPS):
            frontier = [("n", t) for s in frontier for sym, _, t, _, _ in pointers[s] if sym == "#p"]
            for s in frontier:
                if is_country(s):
                    return country_words(s)
        return []

    def country_words(s):
        names = one_words(s)
        # Adjectives of any of its names: "British" pertains to "Great Britain".
        adjs = [a for n in words[s] for a in pertaining[n]]
        words_of = names + [a for i, a in enumerate(adjs) if a not in names + adjs[:i]]
        # A short name of several words ("United States", "New Zealand"),
        # hyphenated as a capital of two words is: a name in a text is read whole.
        # Not a long official one ("Republic of Ghana").
        words_of += [w.replace("_", "-") for w in words[s]
                     if 1 <= w.count("_") < MAX_NAME_WORDS
                     and ONE_WORD.match(w.replace("_", "-"))
                     and not {"of", "the"} & set(w.split("_"))]
        # Its people's nouns ("Aussie", "Brit"): members of it that WordNet's gloss
        # calls its natives, less a noun also written in lower case ("swede").
        people = [w for m, gloss in inhabitants.get(s, [])
                  if INHABITANT_GLOSS.match(gloss.strip())
                  for w in one_words(m)
                  if w not in words_of and not any(w in ws for ws in lower_case.values())]
        return words_of + [w for i, w in enumerate(people) if w not in people[:i]]

    def add(out, name, related):
        out.setdefault(name, [])
        out[name] += [w for w in related if w != name and w not in out[name]]

    out = {}
    capitals = [s for s, ps in pointers.items()
                if s[0] == "n" and ("n", NATIONAL_CAPITAL) in instance_of(s)]
    for capital in capitals:
        country = country_of(capital)
        if not country:
            continue
        country += [n for name in country for n in NEWER_COUNTRY_NAMES.get(name, [])
                    if n not in country]
        # A capital of two words ("New Delhi") is keyed hyphenated: a question rarely writes it
        # so, but its country's names and adjectives then relate ("India", "Indian").
        spelt = one_words(capital) + [w.replace("_", "-") for w in words[capital]
                                      if "_" in w and "capital" not in w]
        names = [n for n in spelt if ONE_WORD.match(n)
                 and not any(n in ws for ws in lower_case.values())]
        names += [n for name in names for n in NEWER_SPELLINGS.get(name, [])]
        for name in names:
            add(out, name, country)
        # Seats of government in the capital ("Kremlin"): instances with a part-of link to it
        # that WordNet's gloss says house the government.
        for s, ps in pointers.items():
            if s[0] == "n" and instance_of(s) and "government" in glosses[s] and any(
                    sym == "#p" and ("n", t) == capital for sym, _, t, _, _ in ps):
                for seat in one_words(s):
                    add(out, seat, names + country)
    # A country no capital brought in (its capital's name is a common word, "Manila"; or the
    # capital is first part of a country inside it, London of England), keyed by its first name:
    # the country stands for itself. (Listing the name among its forms too answered one more
    # out-of-scope question on the tuned split, "ambassador to the UK".)
    listed = {w for related in out.values() for w in related} | set(out)
    for s in pointers:
        if s[0] != "n" or not instance_of(s) or not is_country(s):
            continue
        names = country_words(s)
        if len(names) > 1 and not listed & set(names):
            add(out, names[0], names[1:])
            listed |= set(names)
    return out


if __name__ == "__main__":
    if "--phrases" in sys.argv[1:-1]:
        print(PHRASES_HEADER)
        print(LICENSE)
        for phrase, related in sorted(phrases(sys.argv[-1]).items()):
            print(phrase + "\t" + " ".join(related))
    elif "--abbreviations" in sys.argv[1:-1]:
        print(ABBREVIATIONS_HEADER)
        print(LICENSE)
        for short, phrase in sorted(abbreviations(sys.argv[-1]).items()):
            print(short + "\t" + phrase)
    else:
        main(sys.argv[-1], capitals="--capitals" in sys.argv[1:-1])
