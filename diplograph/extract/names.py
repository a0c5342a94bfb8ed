"""Where a name written in Han characters begins and ends, and whether a string can be one.

A name runs over Han characters and the joiners of transliterated names (`·` `•` `‧` `・` `-`) and stops at
punctuation, a function word or verb (ZH_STOP_CHARS, ZH_STOP_WORDS), or the next lexicon cue. Whether it is a
name at all follows from how names are written: transliteration characters (CEDPANE), a Han surname, or
the length of a Japanese name. Also the folding that lets names be compared across scripts.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

import opencc

from diplograph.extract.gazetteer import Gazetteer
from diplograph.lexicons import common_han

CONJUNCTIONS = set("和同与與及跟")
JOINING_WORDS = CONJUNCTIONS - {"和"}  # conjunctions a Han-written given name hardly holds
HAN = re.compile(r"[\u3400-\u9fff]")
NAME_JOINERS = "·•‧・．-"
DAY = re.compile(r"[一二三四五六七八九十廿卅]{1,3}[日号號]")  # 某某廿六日: a day after the name ends it
DAY_NUMERALS = frozenset("一二三四五六七八九十廿卅")  # how DAY opens: tested before the pattern is tried
WITHOUT_JOINERS = str.maketrans("", "", NAME_JOINERS)  # a name's characters without its joiners, in one call
# Function words and verbs that end a Chinese name (checked once the name has two characters).
ZH_STOP_CHARS = set(
    "在于於同与與和及跟向对對将將今昨应應表说說的时時也亦并並就致称稱是已曾还還则則等以为為后後再又均所被把让讓给給从從到由率携攜偕分首乘抵离離赴受访訪"
    "第你我您他她"
)
ZH_STOP_WORDS = (
    "一行",
    # 一见面, 一到: "as soon as", after a subject's name (某某一见面就握手)
    "一见",
    "一見",
    "一到",
    "夫妇",
    "夫婦",
    "伉俪",  # 某某伉儷: he and his wife
    "伉儷",
    "先生",
    "女士",
    "阁下",
    "陛下",  # 某某陛下, 某某殿下: Majesty, Highness after a monarch's name
    "殿下",
    "閣下",
    "共同",
    "分别",
    "分別",
    "举行",
    "舉行",
    "进行",
    "進行",
    "出席",
    "表示",
    "指出",
    "强调",
    "強調",
    "宣布",
    "签署",
    "簽署",
    "日前",
    "前日",  # the day before yesterday (某某前日（24日）會見…, Hong Kong's press)
    "近日",
    # a week, month or day told from the report's right after the subject (某某上周在…, 某某本週三會見…)
    "上周", "上週", "本周", "本週", "下周", "下週", "这周", "這週", "上星期", "本星期", "下星期",
    "上个", "上個", "下个", "下個", "本月", "上月", "下月", "前天", "前一天",
    "当地时间",
    "當地時間",
    # sending a message right after its sender's name (天皇某某致慰问电, 某某致函, 某某致信)
    "致电", "致電", "致函", "致信", "致慰问", "致慰問", "致贺", "致賀", "致唁", "致谢", "致謝", "致辞", "致辭",
    # prepositions of basis right after a subject (某某根据双方共识同…会谈, 某某按照安排…)
    "根据", "根據", "按照", "依照", "依据", "依據", "遵照",
    # a time zone's day right after the subject (川普美東時間6日與…通電話, 某某北京时间7日…)
    "美东时间", "美東時間", "美西时间", "美西時間", "北京时间", "北京時間", "台湾时间", "台灣時間", "臺灣時間",
    "华盛顿时间", "華盛頓時間", "东部时间", "東部時間", "日本时间", "日本時間",
    "亲自",
    "親自",
    "本人",
    "举办",
    "舉辦",
    "一起",
    "双方",
    "雙方",
    "三方",
    "多方",
    "各方",
    "逝世",
    "去世",
    "当选",
    "當選",
    "就任",
    "宣誓",
    "发来",
    "發來",
    "致以",
    "转达",
    "轉達",
    "祝贺",
    "祝賀",
    "感谢",
    "感謝",
    "欢迎",
    "歡迎",
    "介绍",
    "介紹",
    "期间",
    "期間",
    "结束",
    "結束",
    "启程",
    "啟程",
    "开始",
    "開始",
    "发表",
    "發表",
    "主持",
    "见证",
    "見證",
    "互致",
    "陪同",
    "带队",  # 美方由某某带队: leads the side's team
    "帶隊",
    "前来",
    "前來",
    "来华",
    "來華",
    "谈到",
    "談到",
    "回答",
    "接受",
    "发出",
    "發出",
    # what qualifies a meeting after the title shared by its sides (澳中总理年度会晤: 年 is a surname)
    "年度",
    "会前",
    "會前",
    "会后",
    "會後",
    # flying to or into a place after a title (马耳他外长飞抵北京): 飞 alone is a given name's character (王鹏飞)
    "飞抵", "飛抵", "飞往", "飛往", "飞赴", "飛赴",
    # greetings and gestures that follow the name of who is greeted (与某某握手寒暄, 同某某合影)
    "握手", "寒暄", "合影", "合照", "拥抱", "擁抱", "交谈", "交談", "聊天", "问候", "問候",
    # verbs of speech and time words that follow a subject's name
    "召开",
    "召開",
    "透露",
    "告诉",
    "告訴",
    "认为",
    "認為",
    "希望",
    "要求",
    "呼吁",
    "呼籲",
    "批评",
    "批評",
    "预计",
    "預計",
    "达成",
    "達成",
    "双边",
    "雙邊",
    "三边",
    "三邊",
    "多边",
    "多邊",
    "先后",
    "先後",
    "之间",
    "之間",
    "不幸",
    "原本",
    "度假",
    "官邸",
    "专机",
    "專機",
    # what travels with a person, written right after the name (某某车队抵达): no name, and none on its own
    "车队",
    "車隊",
    "座车",
    "座車",
    "随扈",
    "隨扈",
    "随员",
    "隨員",
    "联合",
    "聯合",
    "声明",
    "聲明",
    "原来",
    "原來",
    "这次",
    "這次",
    "此次",
    "明年",
    "今年",
    "去年",
    "周一",
    "周二",
    "周三",
    "周四",
    "周五",
    "周六",
    "周日",
    "週一",
    "週二",
    "週三",
    "週四",
    "週五",
    "週六",
    "週日",
    "星期",
    "今天",
    "今日",
    "明天",
    "明日",
    "昨天",
    "昨日",
    "当天",
    "當天",
    # parts of the day that follow a subject (某某上午与…通话)
    "上午",
    "下午",
    "中午",
    "凌晨",
    "清晨",
    "早上",
    "晚上",
    "晚间",
    "晚間",
    "傍晚",
    "深夜",
    "随后",
    "隨後",
    "随即",  # 某某隨即致電: at once
    "隨即",
    "旋即",
    "当即",
    "當即",
    # verbs of sending that follow a sender (某某派遣的代表团)
    "派遣",
    "派出",
    "委派",
    "指派",
    # verbs of ability, aspect and sequence that follow a subject (某某能在, 某某正在, 某某其后)
    # 某某主动致电: on his own initiative, an adverb of the subject
    "主动",
    "主動",
    "正在",
    "正於",
    "正于",
    "其后",
    "其後",
    "其间",
    "其間",
    "能够",
    "能夠",
    "能否",
    "能在",
    # negation, refusal and `not only` after a subject (某某不会会见, 某某不但会见了…而且…, 某某没有计划, 某某拒绝):
    # no word of a name
    "不会",
    "不會",
    "不但",
    "不仅",
    "不僅",
    "不再",
    "不打算",
    "不准备",
    "不準備",
    "并不",
    "並不",
    "没有",
    "沒有",
    "暂无",
    "暫無",
    "拒绝",
    "拒絕",
    "目前",
    "此行",
    "原计划",
    "原計劃",
    "原計畫",
    # 某某获甲邀请, 某某獲邀: invited, right after the one invited
    "获",
    "獲",
)
# the stop words by first character: `str.startswith` with all of them at once tries every one in turn
ZH_STOP_BY_FIRST = {w[0]: tuple(v for v in ZH_STOP_WORDS if v[0] == w[0]) for w in ZH_STOP_WORDS}


# 明日前 is read as a name's last character and 日前 (recently: 某某明日前在河内会见), not 明日 (tomorrow), wherever
# it stands: news rarely sets a deadline before tomorrow; 明日前往, 前来, 前赴, 前去 (leaves or comes tomorrow)
# keep 明日
NAME_THEN_RECENTLY = re.compile("明日前(?![往来來赴去])")


def stop_word_at(text: str, j: int) -> bool:
    """Whether one of ZH_STOP_WORDS starts at `j` (< len(text))."""
    words = ZH_STOP_BY_FIRST.get(text[j])
    return words is not None and text.startswith(words, j) and not NAME_THEN_RECENTLY.match(text, j)


def zh_name(
    text: str, k: int, starts: set[int], trigger_starts: set[int], breaks: frozenset[int] = frozenset(),
    min_len: int = 2,
) -> tuple[int, int]:
    """Span of the name that begins at `k`, ended by punctuation, a function word (once the name has
    `min_len` characters) or the next cue. A run of Han characters is read up to 14 of them; a joiner opens
    a new part of a transliterated name with room of its own (谢尔盖·维克托罗维奇·拉夫罗夫, 穆罕默德·本·
    萨勒曼·阿勒沙特 are longer than any unjoined name), up to 30 characters in all."""
    j, n = k, len(text)
    if k >= n or k in starts or k in trigger_starts or stop_word_at(text, k):
        return k, k
    if text[k] in ZH_STOP_CHARS and text[k + 1 : k + 2] not in NAME_JOINERS:  # 让-克洛德: Jean, not "let"
        return k, k
    part = k  # where the name's current part starts
    while j < n and j - part < 14 and j - k < 30:
        ch = text[j]
        if not "\u3400" <= ch <= "\u9fff":  # HAN, without a regex call
            if ch not in NAME_JOINERS or j == k:
                break
            part = j + 1
        if j - k >= 2:
            if (j in starts or j in trigger_starts or j in breaks or stop_word_at(text, j)
                    or (ch in DAY_NUMERALS and DAY.match(text, j))):
                break
            # 木原与澳防长: 与, 同, 及, 跟 after two characters join the next party even where a longer name is
            # sought (和 may stand inside a Japanese given name: 山田和夫)
            long_enough = j - k >= min_len or ch in JOINING_WORDS
            if ch in ZH_STOP_CHARS and long_enough and not (ch in CONJUNCTIONS and j + 1 in trigger_starts):
                break
        elif j > k and (j in trigger_starts or ch == "的"  # 公司的: no name holds 的
                        # 韩正在北京: a name has two characters, so a word opening on its second (正在) is read
                        # as that character when the next one alone ends a name (在)
                        or (stop_word_at(text, j) and text[j + 1 : j + 2] not in ZH_STOP_CHARS)):
            break
        j += 1
    return k, j


# Names written in native Han characters (not transliterated) in these places; Japanese ones follow no surname list.
HAN_NAMING = frozenset(("CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM", "SGP"))


def plausible_name(name: str, affiliation: str | None, gaz: Gazetteer) -> bool:
    """Whether a Chinese string after a title can be a person's name: transliteration characters (one
    stranger allowed in a long name, one rare one in a name of three), a Han surname and at most four
    characters, or a Japanese name."""
    chars = name.translate(WITHOUT_JOINERS)
    odd = [ch for ch in chars if ch not in gaz.transliteration]
    strangers = len(odd)
    if strangers == 0 or (strangers == 1 and len(chars) >= 4):
        return True
    if strangers == 1 and len(chars) == 3 and _t2s().convert(odd[0]) not in common_han():
        return True  # 卡蕬楚: one rare character among transliteration ones, as names have and words do not
    if len(chars) < len(name) and HAN.match(name[0]) and strangers * 3 <= len(chars):
        return True  # 让-克洛德·容克: a joiner says a transliterated name, whose parts may use rarer characters
    if affiliation == "JPN":  # 石破茂, 高市早苗, 小泉進次郎; the imperial family's men go by a given name in 仁 (德仁)
        return 3 <= len(chars) <= 5 or (len(chars) == 2 and chars[1] == "仁")
    return chars[0] in gaz.surnames and len(chars) <= 4



FAMILY_PART = re.compile(r"[·•‧・．]([\u4e00-\u9fff]{2,})$")


def family_part(name: str) -> str | None:
    """The last part of a transliterated name written with a name dot (羅哈斯 in 米格爾．羅哈斯), two
    characters or more: the family name such a person is called by alone."""
    m = FAMILY_PART.search(name)
    return m.group(1) if m else None


NAME_NOISE = re.compile(r"[\s·•‧・.\-‐'’]+")


@cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


class _Unmarked(dict):
    """A `str.translate` table that drops combining marks (the accents NFKD splits off) and keeps every other
    character, filled as characters are met: translating runs in C, where a test per character would not."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_UNMARKED = _Unmarked()


def unmarked(text: str) -> str:
    """`text` with its accents dropped (NFKD, combining marks out): Orbán → Orban; ASCII is returned as is."""
    return text if text.isascii() else unicodedata.normalize("NFKD", text).translate(_UNMARKED)


@lru_cache(maxsize=1 << 16)  # names repeat across a corpus: fold each once
def fold(name: str) -> str:
    """A matching key for a name: Traditional folded to Simplified (t2s keeps the length), accents, case,
    spaces and name dots dropped: 習近平 → 习近平, 瓦德富爾 → 瓦德富尔, Viktor Orbán → viktororban."""
    plain = unmarked(name)
    plain = plain if plain.isascii() else _t2s().convert(plain)  # t2s changes no ASCII: spare its call
    return NAME_NOISE.sub("", plain).lower()


def words(name: str) -> set[str]:
    """The words of a Latin name of three letters or more, accents and case dropped."""
    return set(re.findall(r"[a-z]{3,}", unmarked(name).lower()))


def is_han(name: str) -> bool:
    """Whether the name is written in Han characters."""
    return any("\u3400" <= ch <= "\u9fff" for ch in name)


def name_script(name: str, lang: str) -> str:
    """The language key a name is filed under: the page's for a Han name on a Chinese page, `en` for a name in
    Latin letters wherever it stands (a Chinese page quoting Vladimir Putin keeps it an English form)."""
    return lang if is_han(name) or not lang.startswith("zh") else "en"


BRACKET_NAME = re.compile(r"\s*[（(]([A-Z][A-Za-z\u00c0-\u024f'’ .\-]{2,60})[)）]")


def bracket_name(text: str, k: int) -> tuple[str, int] | None:
    """An English name in brackets right after a Chinese one: 赫格塞斯（Pete Hegseth）."""
    m = BRACKET_NAME.match(text, k)
    return (m.group(1).strip(), m.end()) if m else None


HANT, HANS = "國為們這來會說時與對發後過問長將", "国为们这来会说时与对发后过问长将"  # common characters of two forms


def han_script(text: str, at: int) -> str:
    """zh-Hant or zh-Hans: the script of the Chinese around a position, by its common two-form characters."""
    window = text[max(0, at - 200) : at + 200]
    return "zh-Hant" if sum(map(window.count, HANT)) > sum(map(window.count, HANS)) else "zh-Hans"
