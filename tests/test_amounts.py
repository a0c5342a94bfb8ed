"""Amounts of money in Chinese and English numerals (issue 4)."""

from __future__ import annotations

import pytest

from diplograph.extract.amounts import AmountFinder, zh_number


@pytest.mark.parametrize("text,value", [
    ("2000万", 20_000_000), ("1.5亿", 150_000_000), ("两千万", 20_000_000), ("3.5万亿", 3_500_000_000_000),
    ("二十亿", 2_000_000_000), ("1,200万", 12_000_000), ("一亿五千万", 150_000_000), ("两万五千", 25_000),
    ("十万", 100_000), ("一百零五", 105), ("3000", 3000), ("亿", 100_000_000), ("壹仟贰佰万", 12_000_000),
    ("廿亿", 2_000_000_000), ("三億六千五百萬", 365_000_000), ("卅万", 300_000),
])
def test_chinese_numbers(text, value):
    assert zh_number(text) == pytest.approx(value)


def test_not_a_number():
    assert zh_number("美元") is None and zh_number("") is None


@pytest.mark.parametrize("text,value,currency", [
    ("中国已经宣布向世卫组织捐款2000万美元。", 20_000_000, "USD"),
    ("提供1.5亿元人民币援助", 150_000_000, "CNY"),
    ("捐赠两千万元", 20_000_000, "CNY"),
    ("pledged $20 million in aid", 20_000_000, "USD"),
    ("an additional USD 1.2 billion", 1_200_000_000, "USD"),
    ("€50m for vaccines", 50_000_000, "EUR"),
    ("$310 million in humanitarian assistance", 310_000_000, "USD"),
    ("5 billion yuan", 5_000_000_000, "CNY"),
    ("US$3bn", 3_000_000_000, "USD"),
    ("投资3.5万亿元", 3_500_000_000_000, "CNY"),
])
def test_amounts_with_currency(text, value, currency):
    [amount] = AmountFinder().find(text)
    assert amount.value == pytest.approx(value) and amount.currency == currency
    assert text[amount.start:amount.end].strip()


def test_numbers_without_currency_are_not_money():
    assert AmountFinder().find("双方同意在2020年举办30场活动，参加人数达2000万。") == []


def test_a_sum_in_numerals_and_one_in_figures_are_both_found():
    found = AmountFinder().find("援助两千万元，另加$5 million")
    assert [(a.value, a.currency) for a in found] == [(20_000_000, "CNY"), (5_000_000, "USD")]
    assert AmountFinder().find("pledged millions of dollars in aid") == []  # no figure: no sum
