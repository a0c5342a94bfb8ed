"""Conjecture, not news: an interaction a sentence only asks about (`Could A meet B?`, 甲会访问乙国吗？), one that
commentators expect or predict (Analysts expect A to meet B, 分析人士预计，甲将会见乙), one someone ought to
hold (A should meet B, 甲应当尽快访问乙国), one hoped for or given a chance (Many hope A will meet B, a meeting
between A and B is possible), one the sentence goes on to call unconfirmed (…, though neither side has confirmed
it; …，但日方尚未证实), and one a Chinese clause sets as a condition (如果甲与乙会晤，…, 若两国元首会晤).
Analysis pages, previews and Q&A pages tell these beside the news; a briefing's reporter asks to have one
confirmed (据报道，甲将访华，你能否证实？)."""

from __future__ import annotations

import re

from diplograph.extract.event_frame import Sentence, search_from
from diplograph.extract.gazetteer import Hit
from diplograph.extract.speech_forms import QUESTION_LABEL
from diplograph.lexicons.literals import at_word_start, word_starts

# `Could A and B meet again?`, `Will A visit India this year?`: a yes-no question opens with its modal or auxiliary
# (after a `Q:` label), so the sentence asks whether the interaction happens rather than tells it
EN_ASKED = re.compile(r"(?:Q\s*[:：]\s*)?" + at_word_start("Could", "Will", "Would", "Can", "Might", "May", "Should",
                                                           "Shall", "Is", "Are", "Does", "Do", "Did", "Has", "Have")
                      + r"\s")
# 甲今年会访问乙国吗？, 雙方會會晤嗎？: a Chinese yes-no question closes with 吗/嗎 (么 as a variant)
ZH_ASKED = re.compile(r"[吗嗎么麼][？?]\s*$")
ZH_CLAUSE_BREAK = re.compile(r"[，,；;：:]")
# `Analysts expect A to meet B`, `experts believe A will visit`, `observers predict a meeting`: what commentators
# expect is their guess, the trigger told ahead by a modal, `to` or an indefinite article (what they `say` may report
# a plan: not a verb of guessing; `analysts believe Monday's meeting eased tensions` tells of one held)
EN_GUESSERS = at_word_start("analysts", "experts", "observers", "pundits", "commentators", "scholars", any_case=True)
EN_GUESSED = re.compile(EN_GUESSERS + r"\s+(?:[a-z]+\s+)?(?:expect|predict|speculate|anticipate|believe|think|suspect"
                        r"|reckon|bet|doubt)\b")
EN_AHEAD = re.compile(at_word_start("to", "will", "would", "could", "might", "may", "can", "a", "an")
                      + r"\s+(?:[a-z-]+\s+){0,2}$")
# 分析人士预计，…将会见…, 外界普遍預期…訪問, 专家猜测: a commentator's or the public's guess opens the sentence, the
# trigger told ahead after it (将, 会, 可能, 有望, 或: not 专家认为3日的会晤…, one held)
ZH_GUESSED = re.compile(r"(?:分析人士|分析家|专家|專家|学者|學者|观察人士|觀察人士|观察家|觀察家"
                        r"|外界|舆论|輿論|评论|評論)(?:普遍|大多|多|一般|均|都)?"
                        r"(?:预计|預計|预期|預期|预料|預料|猜测|猜測|揣测|揣測|估计|估計|推测|推測|预测|預測|料)"
                        r"[^。！？!?]*?(?:将(?!于|於)|將(?!于|於)|会(?![谈談晤见見议議])|會(?![谈談晤见見议議])|可能|有望|或)"
                        r"[^。！？!?]*$")
# 如果甲与乙会晤, 倘若…会谈, 若双方会晤 (若 opening its clause or its sentence; not 若干, several; not 一旦, once, which
# times what follows): a condition
ZH_IF = re.compile(r"(?:如果|假如|倘若|假若|假使|要是|若是|如若|(?<![^，,：:\s。！？!?；;])若(?!干))"
                   r"[^，,。；;！？!?]*$")
# `Diplomats hope A will meet B soon`, `many wish that A would visit`: a hope for what someone will do
EN_HOPED = re.compile(at_word_start("hope", "hopes", "hoped", "hoping", "wish", "wishes", "wished")
                      + r"\s+(?:that\s+)?(?:[\w'’.-]+\s+){1,8}?(?:will|would|can|could)\s+(?:[a-z]+\s+)?$")
# `A meeting between A and B is possible but…`, `talks between them remain unlikely`: only the interaction's chance
# (its parties joined by `and` after `between`, where a clause of its own cannot start)
CHANCE_BETWEEN = re.compile(r"\s+between\s+[^,;:.!?\n]{1,80}?\s+(?:is|are|was|were|would\s+be|remains?|seems?)\s+"
                            r"(?:still\s+|now\s+|not\s+)?(?:possible|impossible|likely|unlikely|in\s+doubt|uncertain)\b"
                            r"(?!\s+(?:the|a|an|his|her|its|their)\b)")
# `A should meet B`, `must visit`, `ought to hold talks`, 甲应当尽快访问乙国: what someone ought to do, an opinion
# (not 应邀, at the invitation: 应 alone)
EN_OUGHT = re.compile(at_word_start("should", "must", "ought to", "needs to", "need to") + r"\s+(?:[a-z]+ly\s+)?$")
ZH_OUGHT = re.compile(r"(?:应当|應當|应该|應該|必须|必須|理应|理應)(?:尽快|盡快|早日|及早|亲自|親自)?"
                      r"(?:[与與同和跟][^，,。；;！？]{1,15})?$")
# `…meet B on Friday, though neither side has confirmed it`, `…会晤，但日方尚未证实`: a later clause of the sentence
# says the interaction is not confirmed (its subject or object the interaction or no one; not `but officials did
# not confirm what was agreed`, `though the agenda has not been confirmed`)
WHAT_OF = r"(?:it|this|that|the\s+(?:meeting|visit|talks|trip|summit|call|plan|report))"
EN_UNCONFIRMED = re.compile(r"[^.;!?\n]*?,\s+(?:but|though|although|yet)\s+(?:" + WHAT_OF + r"\s+)?(?:has|have|had|was"
                            r"|is)?\s*(?:not\s+(?:yet\s+)?(?:been\s+)?confirmed|yet\s+to\s+be\s+confirmed)"
                            r"|[^.;!?\n]*?,\s+(?:but|though|although|yet)\s+(?:neither\s+side|neither\s+government|nobody"
                            r"|no\s+one|officials|\w+\s+officials)\s+(?:has|have|had|did)\s+(?:not\s+|yet\s+)?(?:yet\s+)?"
                            r"(?:confirmed|to\s+confirm|confirm)(?:\s+" + WHAT_OF + r")?\s*(?=[.,;!?]|$)")
ZH_UNCONFIRMED = re.compile(r"[^。！？!?]*?[，,；;]\s*(?:但|不过|不過|然而|惟)"
                            r"(?![^。！？!?，,]{0,6}?(?:日期|时间|時間|议程|議程|细节|細節|地点|地點|行程))[^。！？!?，,]{0,12}?"
                            r"(?:尚未|仍未|并未|並未|未|没有|沒有)(?:获得?|獲得?)?(?:证实|證實|确认|確認)"
                            r"(?:此事|此消息|这一消息|這一消息|该消息|該消息|相关报道|相關報導)?(?=[。！？!?，,；;]|$)")
GUESS_REACH = 120  # how far before the trigger, in its sentence, a commentator's guess is read


def conjectured(text: str, sent: Sentence, hit: Hit) -> bool:
    """Whether the sentence only asks about the interaction, calls it unconfirmed, gives commentators' guess of
    it, says it ought to be held, hopes for it or gives its chance, or (in Chinese) sets it as a condition: no
    interaction told."""
    latin = text[hit.start].isascii()
    if latin and text[sent.start] in "QCWMSIADH" and EN_ASKED.match(text, sent.start) \
            and text[sent.start : sent.end].rstrip().endswith("?"):
        return True
    # 甲会访问乙国吗？ asks about it (not 甲3日抵达北京访问，你能介绍一下安排吗？: a later clause asks something else)
    if not latin and ZH_ASKED.search(text, hit.end, sent.end) and not ZH_CLAUSE_BREAK.search(text, hit.end, sent.end):
        return True
    if text.find("onfirm" if latin else "未", hit.end, sent.end) >= 0 and \
            (EN_UNCONFIRMED if latin else ZH_UNCONFIRMED).match(text, hit.end, sent.end):
        return True
    before = max(sent.start, hit.start - GUESS_REACH)
    if (EN_OUGHT if latin else ZH_OUGHT).search(text, max(sent.start, hit.start - 30), hit.start):
        return True
    if not latin:  # a condition in the trigger's clause: no break between it and the trigger
        return ZH_GUESSED.search(text, before, hit.start) is not None or \
            ZH_IF.search(text, sent.start, hit.start) is not None
    guess = EN_GUESSED.search(text, before, hit.start)
    if guess and (text.startswith("to ", hit.start) or EN_AHEAD.search(text, guess.end(), hit.start)):
        return True
    return EN_HOPED.search(text, before, hit.start) is not None or (
        text.startswith(" between", hit.end) and CHANCE_BETWEEN.match(text, hit.end) is not None)


# 能否证实, 是否屬實, `Can you confirm?`, `Is that true?`: a question asking whether what it tells is true
# (`Is it true?` asks about what was told; `Is it true that she will sign a deal?` about something else); each
# branch opens with a plain character, which `re` scans for (a group or `[Ii]` opening one: every position tried)
CONFIRMED, TOLD_TRUE = "(?:证实|證實|确认|確認|属实|屬實)", r" (?:this|that|it) true(?=\s*[?？])"
CONFIRMATION_ASKED = re.compile(f"能否{CONFIRMED}|可否{CONFIRMED}|是否{CONFIRMED}|" + word_starts(
    "can you confirm", "could you confirm", "can you verify", any_case=True) + f"|Is{TOLD_TRUE}|is{TOLD_TRUE}")
ENGLISH_ASKED = re.compile("onfirm|erify| true")  # what an English question of CONFIRMATION_ASKED holds
QUESTION_MARK = re.compile(r"[？?]")
QUESTION_TURN = re.compile(QUESTION_LABEL.pattern.removeprefix(r"\s*"))  # 问： in a line: a reporter's turn


def confirmation_asked(text: str, sent: Sentence, hit: Hit) -> bool:
    """Whether a question asks to have what the trigger tells confirmed: its own sentence (据报道，甲将访华，你能否
    证实？), or a later one of the reporter's turn (问：, Q:, to the paragraph's end) it is told in (问：据报道，
    甲将访华。中方能否证实？, `Q: It is reported that A will visit B. Can you confirm?`)."""
    start, end = text.rfind("\n", 0, sent.start) + 1, text.find("\n", sent.end)
    end = len(text) if end < 0 else end
    if text[hit.start].isascii() and search_from(ENGLISH_ASKED, text, hit.end, start, end) is None:
        return False  # the needle of an English question's words
    asked = search_from(CONFIRMATION_ASKED, text, hit.end, start, end)
    if asked is None:
        return False  # (most triggers: no turn is looked for)
    if asked.end() <= sent.end:
        end = sent.end
    elif not QUESTION_TURN.search(text, start, hit.start):
        return False  # a later sentence asking outside a reporter's turn asks of something else
    return QUESTION_MARK.search(text, asked.end(), end) is not None
