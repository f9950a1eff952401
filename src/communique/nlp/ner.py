"""NER stage: natasha's slovnet news NER, converted to our Mentions at the boundary.

slovnet's own entry point tokenises each text again with razdel; the Segment
stage has already done exactly that (razdel over each sentence), so the stage
feeds slovnet's network our tokens directly.  It runs the network itself
(:class:`Network`, slovnet's weights and arithmetic, laid out for speed): all
the sentences of a document packed into one array, one zero row between two
sentences, so that each convolution is one matrix product with no padding and
no copying of windows.  A zero row is exactly what slovnet sees past the end
of a sentence (its padding embeds to zeros and is zeroed after every layer),
so the tags are those ``NewsNERTagger(sentence.text)`` gives.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache, lru_cache

import numpy as np

from ..model import Analysis, Mention, Sentence, Token, replace_analysis
from . import morph  # (also imports yargy before natasha: the pymorphy2 patch)

_WORD = re.compile(r"\w+")
KEPT_WORDS = 16_384  # words whose first-layer product is kept (64 MB); all are dropped when full
# pymorphy3 grammemes of proper names: a capitalised first word carrying one may start a name
_PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr", "Init"})


def may_name(sent: Sentence) -> bool:
    """Whether a sentence can hold a name: a capitalised word past the first, or a first word
    that is a proper name (or unknown) to the dictionary.  Sentences without one are skipped
    by default: slovnet tags capitalised words, and they are about a quarter of the text."""
    words = _WORD.findall(sent.text)
    if any(w[0].isupper() for w in words[1:]):
        return True
    if not words or not words[0][0].isupper():
        return False
    tag = morph.parse(words[0])[2]
    return not tag or "UNKN" in tag or not _PROPER.isdisjoint(tag.replace(" ", ",").split(","))


class Network:
    """slovnet's NER network (word and shape embeddings, CNN encoder, projection, CRF) over
    sentences packed into one array with ``gap`` zero rows before, between and after them.

    The arithmetic is slovnet's (``slovnet.exec.model``); only the layout differs: a
    convolution of kernel ``k`` is one product with the ``k`` kernel slices side by side,
    whose blocks are then added with shifts, instead of a product over copied windows.
    """

    def __init__(self, model, pad_word: int, pad_shape: int):
        word = model.emb.word  # navec: a word's vector is one code per chunk of dimensions
        chunks, centroids, width = word.codes.array.shape
        self.indexes = word.indexes.array
        self.codes = np.ascontiguousarray(word.codes.array).reshape(chunks * centroids, width)
        self.offsets = np.arange(chunks, dtype=np.intp) * centroids
        words_width = chunks * width
        self.shapes = model.emb.shape.weight.array
        self.pad_word, self.pad_shape = pad_word, pad_shape
        self.layers = []
        for layer in model.encoder.layers:
            weight = layer.conv.weight.array  # filters x in x kernel
            filters, width, kernel = weight.shape
            if kernel != 2 * layer.conv.padding + 1:
                raise ValueError(f"unexpected convolution: kernel {kernel}, padding {layer.conv.padding}")
            side = np.ascontiguousarray(weight.transpose(1, 2, 0).reshape(width, kernel * filters))
            norm = layer.norm
            self.layers.append((side, filters, kernel, layer.conv.bias.array,
                                norm.mean.array, norm.std.array, norm.weight.array, norm.bias.array))
        self.gap = max(layer.conv.padding for layer in model.encoder.layers)
        self.proj_weight, self.proj_bias = model.head.proj.weight.array, model.head.proj.bias.array
        self.transitions = model.head.crf.transitions.array
        # the first convolution's product splits into a word part, kept per word once computed
        # (a document repeats most of its words, a corpus more so), and a shape part, a table
        first = self.layers[0][0]
        self.first_word = np.ascontiguousarray(first[:words_width])
        self.first_shape = self.shapes @ first[words_width:]
        self.kept = np.empty((KEPT_WORDS, first.shape[1]), dtype=first.dtype)
        self.slot = np.full(len(self.indexes), -1, dtype=np.intp)  # word id -> its row of kept (-1: none)
        self.owners = np.empty(KEPT_WORDS, dtype=np.intp)  # row of kept -> its word id
        self.used = 0  # rows of kept in use

    def pack(self, ids: Sequence[Sequence[tuple[int, int]]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(word ids, shape ids, row of each sentence's first word) of the packed sentences."""
        gap = self.gap
        word_gap, shape_gap = [self.pad_word] * gap, [self.pad_shape] * gap
        starts: list[int] = []
        words: list[int] = word_gap.copy()
        shapes: list[int] = shape_gap.copy()
        for sentence in ids:
            starts.append(len(words))
            if sentence:
                sentence_words, sentence_shapes = zip(*sentence)
                words += sentence_words
                shapes += sentence_shapes
            words += word_gap
            shapes += shape_gap
        return np.array(words), np.array(shapes), np.array(starts, dtype=np.int64)

    def word_vectors(self, words: np.ndarray) -> np.ndarray:
        """navec's vectors of ``words`` (its ``codes[qdims, indexes[words]]``)."""
        codes = self.indexes[words].astype(np.intp) + self.offsets
        return np.take(self.codes, codes, axis=0).reshape(len(words), -1)

    def first_product(self, words: np.ndarray, shapes: np.ndarray) -> np.ndarray:
        """The embeddings of the packed rows times the first convolution's weights."""
        rows = self.slot[words]
        if rows.min() < 0:
            new = np.unique(words[rows < 0])
            if self.used + len(new) > len(self.kept):
                self.slot[self.owners[:self.used]] = -1
                self.used = 0
                new = np.unique(words)
                if len(new) > len(self.kept):  # one huge pack: no keeping
                    return self.word_vectors(words) @ self.first_word + np.take(self.first_shape, shapes, axis=0)
            base, self.used = self.used, self.used + len(new)
            self.kept[base:self.used] = self.word_vectors(new) @ self.first_word
            self.slot[new] = np.arange(base, self.used)
            self.owners[base:self.used] = new
            rows = self.slot[words]
        return np.take(self.kept, rows, axis=0) + np.take(self.first_shape, shapes, axis=0)

    def emissions(self, words: np.ndarray, shapes: np.ndarray, gaps: np.ndarray) -> np.ndarray:
        """Tag scores of every packed row (rows in ``gaps`` come out as garbage, never read).

        The first and last ``pad`` rows are gaps (``gap`` >= every padding), so each layer's
        arithmetic runs on the rows between them only; the kernel slices are summed into
        place (``0 + a`` is ``a``: the same sums as adding them to zeros)."""
        rows = len(words)
        x = None
        for side, filters, kernel, bias, mean, std, scale, shift in self.layers:
            z = self.first_product(words, shapes) if x is None else x @ side
            pad = kernel // 2
            inside = rows - kernel + 1
            y = np.empty((rows, filters), dtype=z.dtype)
            y[:pad] = 0
            y[pad + inside:] = 0
            inner = y[pad:pad + inside]
            if kernel == 1:
                np.copyto(inner, z)
            else:
                np.add(z[:inside, :filters], z[1:1 + inside, filters:2 * filters], out=inner)
            for j in range(2, kernel):
                inner += z[j:j + inside, j * filters:(j + 1) * filters]
            inner += bias
            np.maximum(inner, 0, out=inner)
            np.subtract(inner, mean, out=inner)  # slovnet's (y - mean) / std * weight + bias, in place
            np.divide(inner, std, out=inner)
            np.multiply(inner, scale, out=inner)
            np.add(inner, shift, out=inner)
            y[gaps] = 0
            x = y
        return x @ self.proj_weight + self.proj_bias

    def decode(self, emissions: np.ndarray, lengths: np.ndarray) -> list[list[int]]:
        """slovnet's CRF Viterbi decoding of a batch (``emissions``: batch x seq x tags).

        A sentence's scores stop changing after its last word and its history there is never
        read, so each step works on the sentences still going only: with the batch ordered
        longest first (as ``run`` orders it), a prefix of the rows.  Each step's scores are
        slovnet's ``(score[i] + transitions[i, j]) + emission[j]``, laid out ``j`` by ``i`` so that
        the max and argmax over the previous tag ``i`` (its first best, as slovnet's) run along
        contiguous rows, into buffers made once (the max is read at the argmax); the path is then
        read back in plain Python."""
        batch, seq, tags = emissions.shape
        lengths = np.asarray(lengths)
        going_at = (lengths[None, :] > np.arange(seq)[:, None]).sum(1).tolist()
        if any(a < b for a, b in zip(going_at, going_at[1:])):
            raise ValueError("decode wants the sentences longest first")
        emitted = emissions.transpose(1, 0, 2)[:, :, :, None]  # seq x batch x tag j x 1
        into = self.transitions.T  # [j, i]: from tag i into tag j
        score = emissions[:, 0].copy()
        history = np.empty((seq, batch, tags), dtype=np.intp)  # [t, n, j]: best tag i at t - 1
        steps = np.empty((batch, tags, tags), dtype=emissions.dtype)
        flat = steps.reshape(-1)
        rows = np.arange(batch * tags, dtype=np.intp).reshape(batch, tags) * tags  # [n, j]: row n, j of flat
        picks = np.empty((batch, tags), dtype=np.intp)
        add = np.add
        k = batch
        step, before, after, row, pick = steps, score[:, None, :], score, rows, picks
        for index in range(1, seq):
            if going_at[index] != k:
                k = going_at[index]
                step, before, after, row, pick = steps[:k], score[:k, None, :], score[:k], rows[:k], picks[:k]
            add(before, into, out=step)
            add(step, emitted[index, :k], out=step)
            best = history[index, :k]
            step.argmax(-1, out=best)
            add(row, best, out=pick)
            flat.take(pick, out=after, mode="clip")  # the max: the value at the argmax
        best = score.argmax(-1).tolist()
        back = history.item  # one entry per word read (not the whole history, padding included)
        out = []
        for n, length in enumerate(lengths.tolist()):
            tag = best[n]
            path = [0] * length
            path[-1] = tag
            for index in range(length - 1, 0, -1):
                tag = back(index, n, tag)
                path[index - 1] = tag
            out.append(path)
        return out

    def run(self, ids: Sequence[Sequence[tuple[int, int]]]) -> list[list[int]]:
        """Tag ids of each sentence of one pack."""
        words, shapes, starts = self.pack(ids)
        gaps = np.ones(len(words), dtype=bool)
        lengths = np.array([len(s) for s in ids])
        for start, length in zip(starts, lengths):
            gaps[start:start + length] = False
        scores = self.emissions(words, shapes, np.flatnonzero(gaps))
        order = np.argsort(-lengths, kind="stable")  # longest first, for decode
        lengths, starts = lengths[order], starts[order]
        rows = starts[:, None] + np.minimum(np.arange(lengths[0])[None, :], lengths[:, None] - 1)
        out: list[list[int]] = [[]] * len(ids)
        for n, path in zip(order.tolist(), self.decode(scores[rows], lengths)):
            out[n] = path
        return out

    def __call__(self, ids: Sequence[Sequence[tuple[int, int]]], rows: int = 4096,
                 batch: int = 64) -> list[list[int]]:
        """Tag ids of each sentence, given the (word id, shape id) of its words (none empty).

        Sentences go in packs of about the same length (little padding in the CRF's batch),
        at most ``batch`` sentences and, unless one sentence is longer, ``rows`` words a pack,
        so that memory stays flat on huge documents."""
        out: list[list[int]] = [[]] * len(ids)
        pack: list[int] = []
        size = 0
        for i in sorted(range(len(ids)), key=lambda i: len(ids[i])):
            if pack and (len(pack) >= batch or size + len(ids[i]) > rows):
                for j, path in zip(pack, self.run([ids[j] for j in pack])):
                    out[j] = path
                pack, size = [], 0
            pack.append(i)
            size += len(ids[i]) + self.gap
        if pack:
            for j, path in zip(pack, self.run([ids[j] for j in pack])):
                out[j] = path
        return out


@cache
def _tagger():
    from natasha import NewsEmbedding, NewsNERTagger

    return NewsNERTagger(NewsEmbedding())


@cache
def _network() -> Network:
    infer = _tagger().infer
    return Network(infer.model, infer.encoder.words_vocab.pad_id, infer.encoder.shapes_vocab.pad_id)


@cache
def _encoders() -> tuple[dict[str, int], int, dict[str, int], int, Callable[[str], str]]:
    """slovnet's word and shape vocabularies, each as its dictionary and its unknown id (what
    ``Vocab.encode`` reads), and its word shape, looked up once."""
    from slovnet.shape import word_shape

    encoder = _tagger().infer.encoder
    words, shapes = encoder.words_vocab, encoder.shapes_vocab
    return words.item_ids, words.unk_id, shapes.item_ids, shapes.unk_id, word_shape


@lru_cache(maxsize=100_000)
def _word_ids(word: str) -> tuple[int, int]:
    """(word id, shape id) of one word, as slovnet's ``WordShapeEncoder.item`` gives them."""
    words, unknown_word, shapes, unknown_shape, shape = _encoders()
    return words.get(word.lower(), unknown_word), shapes.get(shape(word), unknown_shape)


def _paths(words: list[list[str]]) -> list[list[int]]:
    """Tag ids of each (non-empty) word list (names in ``_tag_names``)."""
    return _network()([[_word_ids(w) for w in ws] for ws in words])


def _tag_names() -> list[str]:
    return _tagger().infer.decoder.tags_vocab.items


def _tags(words: list[list[str]]) -> list[list[str]]:
    """BIO tags of each (non-empty) word list, as slovnet's NERInfer gives them."""
    names = _tag_names()
    return [[names[t] for t in path] for path in _paths(words)]


def _spans(tokens: Sequence[Token], tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, stop, type) of the entities in BIO-tagged tokens (slovnet's bio_spans)."""
    out: list[tuple[int, int, str]] = []
    current: list = []
    for token, tag in zip(tokens, tags):
        if tag == "O" and not current:  # most words: nothing open, nothing to do
            continue
        part, _, kind = tag.partition("-")
        if part == "B" or part == "O":
            if current:
                out.append(tuple(current))
            current = [token.start, token.end, kind] if part == "B" else []
        elif current:  # I
            current[1] = token.end
    if current:
        out.append(tuple(current))
    return out


def tag_sentences(sentences: Sequence[Sentence], tokens: Sequence[Sequence[Token]]) -> list[Mention]:
    """PER/ORG/LOC mentions in the sentences (each with its tokens), in text order."""
    todo = [i for i, toks in enumerate(tokens) if toks]
    ids = _word_ids
    paths = _network()([[ids(t.text) for t in tokens[i]] for i in todo])  # _paths of their words
    names = _tag_names()
    outside = names.index("O")
    out: list[Mention] = []
    for i, path in zip(todo, paths):
        if path.count(outside) == len(path):
            continue
        # the words before the first tagged one are "O" with nothing open: _spans skips them
        first = next(n for n, t in enumerate(path) if t != outside)
        sent = sentences[i]
        end = sent.start + len(sent.text.rstrip())
        for start, stop, kind in _spans(tokens[i][first:], [names[t] for t in path[first:]]):
            text = sent.text[start - sent.start:stop - sent.start]
            if text.endswith(".") and stop == end:  # the sentence's full stop
                text = text[:-1]
            out.append(Mention(sent.field, start, start + len(text), text, kind, text, rule="slovnet"))
    out.sort(key=lambda m: (m.field != "title", m.start))
    return out


class NER:
    """Adds slovnet PER/ORG/LOC mentions; only for sentences a ``select`` predicate keeps
    (default :func:`may_name`; ``None`` tags every sentence)."""

    name = "ner"
    requires = ("sentences", "tokens")
    assigns = ("ner",)

    def __init__(self, select: Callable[[Sentence], bool] | None = may_name):
        self.select = select

    def __call__(self, analysis: Analysis) -> Analysis:
        by_sentence: list[list[Token]] = [[] for _ in analysis.sentences]
        for token in analysis.tokens:
            by_sentence[token.sentence].append(token)
        keep = [i for i, s in enumerate(analysis.sentences) if self.select is None or self.select(s)]
        found = tag_sentences([analysis.sentences[i] for i in keep], [by_sentence[i] for i in keep])
        return replace_analysis(analysis, mentions=analysis.mentions + tuple(found))
