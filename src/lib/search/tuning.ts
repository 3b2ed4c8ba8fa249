// Every number that shapes what search finds, ranks, loads and shows, in one reviewed place.
// Each value says why it is what it is and which measurement sets it:
//   bench:search        `npm run bench:search`: hit@1 / hit@3 / MRR in Chromium on the tuning and
//                       held-out query sets, plus the bytes and time of a first search;
//   bench:search-index  `npm run bench:search-index`: our own index at scale (quality and bytes
//                       per first query, no browser).
// Change one only with both query sets measured before and after (docs/decisions/0400-search.md
// records the fusion weights, 0402 the index sizes and per-query limits).

import { REMEMBERED_WORDS } from './highlight.ts';
import { MAX_ANALYSED } from './normalise.ts';

export const TUNING = {
  /** Reading the query text (src/lib/search/query.ts). */
  query: {
    /** A query with more non-empty lines than this reads as a paste (bench:search: typed queries are one or two lines). */
    pasteLines: 2,
    /** …or one longer than this many characters (bench:search: no typed query of the sets comes near it). */
    pasteChars: 300,
    /** In a paste, the reporter's own sentences carry the symptom: their terms keep full weight (bench:search, report set). */
    sentenceLineWeight: 1,
    /** …terms of pasted log lines that read like errors a little less: they come from whichever product hit the problem (bench:search, report set). */
    errorLineWeight: 0.8,
    /** …and terms of other log lines (timestamps, INFO chatter) less again (bench:search). */
    otherLineWeight: 0.4,
    /** An identifier (`bk_token`, `app_code=`) that only the pasted log lines carry counts this share (bench:search, report set). */
    logIdentifierWeight: 0.25,
    /** Weight of a term no entry field carries: it may still be in a page body (bench:search). */
    bodyOnlyTermWeight: 0.15,
    /**
     * Characters a query is analysed from: the head and tail of a huge paste (the hostile-paste
     * e2e test times it). Defined in paste-limit.ts: every page's search box cuts its URLs with it,
     * and this file is not worth shipping on every page.
     */
    maxAnalysedChars: MAX_ANALYSED,
  },
  /** Spelling correction of typed Latin words (query.ts). */
  spelling: {
    /** Shorter words are too ambiguous to correct (bench:search: `lgo` would become `log` or `job`). */
    minLength: 4,
    /** Words this long may be two edits off, shorter ones one (bench:search). */
    twoEditsFrom: 8,
    /** A corrected word counts a little less than the word itself would (bench:search). */
    weightFactor: 0.9,
    /** First letters whose word lists one query may load, one file each (bench:search-index bytes). */
    letters: 3,
  },
  /** Signature and alias matches (src/lib/search/match.ts). */
  signatures: {
    /** Query keys shorter than this are too vague to be part of a signature (bench:search). */
    partKeyMin: 6,
    /** …and longer ones are pastes, matched whole, not as a part (bench:search). */
    partKeyMax: 200,
    /** A query that is part of a signature must be at least this long… (bench:search) */
    partMinChars: 12,
    /** …or this share of the signature (bench:search). */
    partMinShare: 0.5,
    /** A partial match scores this much per character of a whole one (bench:search). */
    partScore: 0.6,
    /** Literal parts of a signature shorter than this are not worth requiring (bench:search). */
    fragmentMinChars: 4,
  },
  /** Symptom-class phrasings found in the query (match.ts): shared by the class's entries, so weaker than an entry's own alias. */
  phrasings: {
    /** A phrasing counts as said when all its terms are in the query and it has at least this many (bench:search, report set). */
    minTerms: 2,
    /** …or it is one term of at least this many characters (`502`, `err_too_many_redirects`) (bench:search, report set). */
    singleTermChars: 3,
    /** Strength of a phrasing hit per term it has, up to the cap (bench:search, report set). */
    perTerm: 1.5,
    /** A phrasing of more terms is more specific, to a point (bench:search, report set). */
    termCap: 6,
  },
  aliases: {
    /** Alias phrases shorter than this are not matched whole (bench:search). */
    minChars: 2,
    /** An alias counts its length up to this cap: a longer phrase is more specific, to a point (bench:search). */
    lengthCap: 40,
    /** Added to every alias hit so that short aliases (`cc`, `job`) still count (bench:search). */
    bonus: 2,
    /** An alias of this many terms is a phrase specific enough to be evidence on its own (bench:search-index, report set: tuning half). */
    phraseTerms: 3,
  },
  /** Scoring entries on their own fields (src/lib/search/score.ts). */
  score: {
    /** How much of an entry's term score it keeps when it covers none of the query's weight (bench:search). */
    coverageFloor: 0.5,
    /** An alias hit's strength, in term-score units (bench:search). */
    aliasWeight: 0.6,
    /** A symptom-class phrasing hit's strength, in term-score units (bench:search, report set). */
    phrasingWeight: 0.6,
    /** The query terms an entry is scored on, best first (bench:search: a paste has hundreds). */
    terms: 40,
    /** Each signature hit of an entry after its best adds this share of its score (bench:search). */
    furtherSignatureHit: 0.25,
  },
  /** How much each fused list counts (src/lib/search/fuse.ts; decision 0400). */
  fusion: {
    /** Reciprocal-rank constant: rank r of a list scores weight / (k + r + 1) (bench:search). */
    k: 4,
    /** A best signature hit scoring this much is a near-certain match (bench:search). */
    strongSignatureScore: 12,
    /** Weight of the signature list when its best hit is strong (bench:search). */
    strongSignatures: 4,
    /** …and when it is not (bench:search). */
    signatures: 2,
    /** Weight of our field scores (bench:search). */
    fields: 2.2,
    /** Weight of Pagefind's strict list for a typed query (bench:search). */
    pagefindTyped: 1.4,
    /** …and for a paste, where Pagefind sees only a few words of it (bench:search). */
    pagefindPasted: 0.8,
    /** Weight of each relaxed Pagefind list (bench:search). */
    pagefindRelaxed: 0.4,
  },
  /** What Pagefind is asked (src/lib/search/pagefind.ts). */
  pagefind: {
    /** Informative terms considered for the Pagefind queries (bench:search). */
    maxTerms: 6,
    /** A CJK run is cut to this many characters before Pagefind sees it (bench:search). */
    cjkChars: 12,
    /** A typed query goes to Pagefind as typed, up to this many characters (bench:search). */
    strictChars: 200,
    /** Relaxed queries, one term each, for a typed query (bench:search). */
    relaxedQueries: 4,
    /**
     * A paste asks Pagefind about this many words. None: our own index reads every line of it (its
     * error strings, sentences, aliases, symptom phrasings), and Pagefind would cost its wasm,
     * metadata and a 30–80 KB chunk per word at 10,000 entries (npm run bench, bench:search; decision 1500).
     */
    pasteWords: 0,
    /** A typed query of up to this many words goes to Pagefind as typed (npm run bench bytes; decision 1500)… */
    typedWords: 2,
    /**
     * …a longer one (a title, a sentence) asks it about this many of its most telling words: our own
     * index reads the whole query, and each word costs a 25–80 KB chunk at 10,000 entries (npm run
     * bench bytes, bench:search quality; decision 1500).
     */
    longQueryWords: 1,
    /** Words of context in Pagefind's excerpts (bench:search, result list layout). */
    excerptLength: 24,
    /** Pagefind's own weights for the page metadata it indexes (bench:search, the plain-Pagefind row). */
    metaWeights: { title: 5, aliases: 4, id: 8 },
  },
  /** How sure a result is: exact / likely / related, and the "no entry matches" verdict (src/lib/search/confidence.ts). */
  confidence: {
    /** A whole signature hit is exact when its literal parts are at least this long: shorter ones are words, not error strings (bench:search). */
    exactMinChars: 10,
    /** Terms in more than this share of the entries are no evidence for any one of them (bench:search, report set). */
    commonTermShare: 0.34,
    /** A likely result needs a term of the query that at most this share of the entries carry (or an error string, alias or phrasing hit) (bench:search-index, report set: tuning half). */
    specificTermShare: 0.1,
    /** An alias hit's strength counts this much evidence (bench:search, report set). */
    aliasHit: 0.12,
    /** A symptom-class phrasing hit's strength counts this much evidence (bench:search, report set). */
    phrasingHit: 0.25,
    /** A partial signature hit counts this much evidence per character (bench:search, report set). */
    partialSignature: 0.1,
    /** A likely result needs at least this much evidence, in units of a telling query word (bench:search)… */
    likelyMinEvidence: 0.3,
    /** …and its evidence times the share of what the query says that it explains at least this (bench:search, report set: tuning half). */
    likelyStrength: 1.5,
    /** …or, for a query that says little, this share of what it says (a short query in the entry's words) (bench:search). */
    likelyShareOfSaid: 0.6,
    /** A Latin word of this many letters that no entry has… (bench:search, report set) */
    unknownWordChars: 4,
    /** …counts this share of a telling word in what the query says: the query may be about something we do not cover (bench:search, report set). */
    unknownWord: 0.5,
    /** …and this share of the best result's evidence (bench:search, report set). */
    likelyShareOfBest: 0.6,
    /** Among exact or likely results, one with this many times the evidence of another goes first (bench:search, both sets). */
    reorderMargin: 1,
    /** Only results this high in the order may be likely (bench:search, report set). */
    likelyMaxRank: 3,
  },
  /** Which results the reader sees (src/lib/search/pipeline.ts). */
  results: {
    /** Results on the search page (bench:search). */
    limit: 20,
    /** …for a paste: a long list under a log only buries the answer (issue: a paste never lists more than ten). */
    pasteLimit: 10,
    /** Related results under the answers, or alone when no entry matches (the page then says so): the closest few. */
    relatedLimit: 5,
    /** Results in the search box's popup (bench:search measures the page; the popup shows its top). */
    popupLimit: 8,
    /** Pagefind results read from the strict query (bench:search). */
    strict: 8,
    /** …and from each relaxed query (bench:search). */
    relaxed: 5,
    /** A typed query relaxes only when the strict query found fewer results than this (bench:search). */
    relaxBelow: 3,
    /** A typed query with more terms than this runs the relaxed queries at once (bench:search: it rarely finds enough strictly). */
    eagerRelaxTerms: 3,
    /** Results shown with Pagefind's excerpt, one fragment download each (bench:search bytes). */
    excerpts: 5,
  },
  /** Which causes a result links to, beyond its signature hits (src/lib/search/present.ts). */
  causes: {
    /** Query terms considered (bench:search). */
    terms: 40,
    /** A term in at least 1/this of the entries says nothing about a cause (bench:search). */
    commonTermDivisor: 3,
    /** Summed term weight a cause title needs to be linked (bench:search). */
    minScore: 0.5,
    /** Causes linked under a result (result list layout). */
    max: 3,
  },
  /** Words marked on results and on the entry opened (present.ts). */
  highlight: {
    /** Whole signatures marked, before single words (result list layout). */
    signatures: 2,
    /** Words marked in all (result list layout). */
    words: 8,
    /** Words remembered for the entry the reader opens (defined in highlight.ts: the entry page reads it too). */
    remembered: REMEMBERED_WORDS,
  },
  /** How much a term says about an entry, by the field it is in; the best field counts (bench:search). */
  fieldWeight: { id: 12, title: 3, alias: 3, signature: 2.5, cause: 2, symptom: 1.2, phrasing: 1.2, component: 1 },
  /** Sizes of the sharded index files (src/lib/search/sharded-index.ts; decision 0402). */
  index: {
    /** Term shards of about this many bytes of JSON (bench:search-index bytes per first query). */
    shardBytes: 8_000,
    /** All records in one file while they fit in this many bytes, else one file each (bench:search-index). */
    singleChunkBytes: 128_000,
    /** Up to this many Pagefind ids, one pf/ map file (bench:search-index bytes). */
    pagefindIdsOneFile: 400,
    /** Up to this many, 16 files by the id's first hex character; beyond, 256 (bench:search-index bytes). */
    pagefindIdsOneHexChar: 6_400,
  },
  /** What one query may load of the index (src/lib/search/store.ts; decision 0402). */
  store: {
    /** Term shards per query: a long paste's error lines first (bench:search-index, both rows). */
    maxShardsPerQuery: 16,
    /** Entries whose records a query loads to match signatures and aliases against (bench:search-index). */
    candidates: 30,
  },
} as const;
