"""The NER stage's own run of slovnet's network tags exactly as slovnet does."""
from __future__ import annotations

import itertools
import json

import numpy as np
from razdel import sentenize, tokenize

from communique.nlp import ner

SENTENCES = [
    "Владимир Путин провёл переговоры с Председателем КНР Си Цзиньпином в Кремле.",
    "Министр иностранных дел Киргизии Жээнбек Кулубаев встретился с Ван И в Бишкеке",
    "ООН",
    "Москва",
    "В ходе визита стороны подписали Программу сотрудничества между МИД КР и МИД КНР на 2026–2027 годы.",
    "Generalsekretär António Guterres sprach mit Emmanuel Macron, — сообщает ТАСС.",
]


def slovnet_tags(words: list[list[str]]) -> list[list[str]]:
    """Tags from slovnet's own NERInfer code path (padded batches, its Conv1d and CRF)."""
    infer = ner._tagger().infer
    out: list[list[str]] = []
    for inputs in infer.encoder(words):
        pred = infer.model(inputs.word_id, inputs.shape_id, inputs.pad_mask)
        out.extend(infer.decoder(infer.model.head.crf.decode(pred, ~inputs.pad_mask)))
    return out


def words_of(text: str) -> list[str]:
    return [t.text for t in tokenize(text)]


def test_hand_sentences_tag_as_slovnet() -> None:
    words = [words_of(s) for s in SENTENCES]
    assert ner._tags(words) == slovnet_tags(words)


def test_packs_do_not_change_tags() -> None:
    """However the sentences are cut into packs, each gets the same tags."""
    words = [words_of(s) for s in SENTENCES]
    ids = [[ner._word_ids(w) for w in ws] for ws in words]
    network = ner._network()
    whole = network(ids)
    for rows, batch in ((1, 1), (10, 2), (40, 3)):
        assert [list(p) for p in network(ids, rows=rows, batch=batch)] == [list(p) for p in whole]


def test_corpus_sentences_tag_as_slovnet(corpus_path) -> None:
    words = []
    with corpus_path.open(encoding="utf-8") as lines:
        for line in itertools.islice(lines, 60):
            text = json.loads(line).get("text") or ""
            words.extend(words_of(s.text) for s in sentenize(text))
    words = [w for w in words if w]
    assert ner._tags(words) == slovnet_tags(words)


def test_kept_first_layer_rows_do_not_change_tags(monkeypatch) -> None:
    """Words' first-layer rows kept from earlier packs, dropped when full, give the same tags."""
    words = [words_of(s) for s in SENTENCES]
    ids = [[ner._word_ids(w) for w in ws] for ws in words]
    network = ner._network()
    whole = [list(p) for p in network(ids)]
    monkeypatch.setattr(network, "kept", network.kept[:12].copy())
    monkeypatch.setattr(network, "owners", network.owners[:12].copy())
    monkeypatch.setattr(network, "slot", np.full_like(network.slot, -1))
    monkeypatch.setattr(network, "used", 0)
    for rows in (5, 20, 4096):  # packs of few words fill the small store, a big one overflows it
        assert [list(p) for p in network(ids, rows=rows)] == whole
        kept = np.flatnonzero(network.slot >= 0)  # each kept word has its row, and no other word has one
        assert sorted(network.owners[:network.used]) == list(kept)
        assert list(network.slot[network.owners[:network.used]]) == list(range(network.used))


def test_decode_is_slovnets_crf_decode_with_ties() -> None:
    """The network's Viterbi (scores laid out by tag, the max read at the argmax, the path read
    back in Python) gives slovnet's own CRF decoding, ties included: small whole numbers make
    many equal scores, where both must take the first best previous tag."""
    from types import SimpleNamespace

    from slovnet.exec.model import CRF

    rng = np.random.default_rng(7)
    network = ner._network()
    tags = network.transitions.shape[0]
    for transitions in (network.transitions, rng.integers(-2, 3, (tags, tags)).astype(np.float32)):
        fake = SimpleNamespace(transitions=transitions)
        reference = SimpleNamespace(transitions=SimpleNamespace(array=transitions))
        for batch, seq in ((1, 1), (1, 7), (5, 12), (23, 40)):
            emissions = rng.integers(-3, 4, (batch, seq, tags)).astype(np.float32)
            lengths = np.sort(rng.integers(1, seq + 1, batch))[::-1].copy()
            lengths[0] = seq
            mask = np.arange(seq)[None, :] < lengths[:, None]
            expected = [list(p) for p in CRF.decode(reference, emissions, mask)]
            assert ner.Network.decode(fake, emissions, lengths) == expected


def test_word_ids_are_slovnets(corpus_path) -> None:
    """Word and shape ids as slovnet's encoder gives them (its vocabularies' ``encode`` of the lower-cased
    word and of ``slovnet.shape.word_shape``), on every token of the first 300 corpus documents and on
    words of each shape."""
    from slovnet.shape import word_shape

    encoder = ner._tagger().infer.encoder
    words = {"", "A", "a", "Я", "я", "ЯЯ", "яя", "Яя", "Ab", "AbC", "Нью-Йорк", "нью-Йорк", "Нью-йорк", "Н-Й",
             "Xx-Yy-Zz", "СИЗО-6", "2011-2020", "+7", "-5", "...", "?!", "«", "—", "№", "…", "_", "§", "€", "ΔP", "ǅ",
             "Ǆǆ", "İstanbul", "ſ", "K", "ß", "ẞ", "A1", "1A", "a-", "-a", "'", "''", "Ёлка", "ёЛКА", "dvd-диски"}
    with corpus_path.open(encoding="utf-8") as lines:
        for line in itertools.islice(lines, 300):
            item = json.loads(line)
            for text in (item.get("title") or "", item.get("text") or ""):
                words.update(t.text for t in tokenize(text))
    for word in sorted(words):
        assert ner._word_ids(word) == (encoder.words_vocab.encode(word.lower()),
                                       encoder.shapes_vocab.encode(word_shape(word))), word
