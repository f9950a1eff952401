"""Sentence splitting: razdel's sentences, also cut where a scraped page glued two together."""
from __future__ import annotations

import pytest

from communique.nlp.segment import split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences("text", text)]


@pytest.mark.parametrize("text, expected", [
    # a stop with no space after it ends a sentence when a capitalised word follows
    ("He said the blast was loud.Police arrived later.", ["He said the blast was loud.", "Police arrived later."]),
    ("Встреча участников.Последняя новость пришла вечером.", ["Встреча участников.", "Последняя новость пришла вечером."]),
    # a closing quote stays with its sentence, an opening quote goes with the next
    ("“We are ready,” she said.“They ran away.”Police came.", ["“We are ready,” she said.", "“They ran away.”",
                                                               "Police came."]),
    # dotted names of sites and services, initials and short abbreviations are not sentence ends
    ("Как сообщает Газета.Ru, сервис Яндекс.Новости обновлён.", ["Как сообщает Газета.Ru, сервис Яндекс.Новости обновлён."]),
    ("Указ подписал В.Путин в г.Москва.", ["Указ подписал В.Путин в г.Москва."]),
    ("The U.S.Army said nothing.", ["The U.S.Army said nothing."]),
    # a three-letter word before the stop (wikievents:scenario_en_113, wiki_mass_car_bombings_1_news_8)
    ("\"It is behind this attack,\" Maduro said that day.\"If the FBI helps, I would accept it,\" he said.",
     ["\"It is behind this attack,\" Maduro said that day.", "\"If the FBI helps, I would accept it,\" he said."]),
    ("An end to the 17-year war.The U.S. has not commented.", ["An end to the 17-year war.", "The U.S. has not commented."]),
    # but not a Russian abbreviation of three letters
    ("Жители пос.Горки и обл.Центр не пострадали.", ["Жители пос.Горки и обл.Центр не пострадали."]),
])
def test_glued_sentences_are_split(text, expected):
    assert texts(text) == expected


def test_offsets_point_into_the_text():
    text = "Первая фраза здесь.Вторая фраза.\nТретья фраза."
    for s in split_sentences("text", text):
        assert text[s.start:s.end] == s.text
