"""Cue patterns for the STAR segmenter (app/analysis/star.py), FR and EN.

Kept as compiled regular expressions in one place so that the segmenter reads as logic. The cues follow the
labelling guide: S = background of one concrete past episode, T = what had to be achieved, A = concrete steps,
R = what followed. Cues are hints; clause position and tense decide as much.
"""

from __future__ import annotations

import re

_F = re.IGNORECASE

_EN_IRREGULAR = (
    "went|got|made|took|gave|told|put|set|ran|rang|found|brought|sat|spoke|wrote|built|met|sent|kept|led|paid|"
    "bought|sold|drove|chose|began|did|came|saw|said|spent|held|left|stood|won|split|cut|drew|hired|fired|"
    "rebuilt|taught|caught|fought|sought|dealt|meant|read|rode|shut|swapped|stayed|went back|broke|wrote up|"
    "laid|lent|let|lost|flew|grew|knew|heard|hung|hit|fixed|asked|called|rewrote|redid|withdrew|understood|"
    "took over|sat down|spoke up|bound|dug|fed|froze|slid|spun|struck|swept|threw|wound|overcame|undertook"
)
EN_PAST_ACTION = re.compile(
    r"\b(i|we|my team and i|the team and i)\s+(?:then\s+|also\s+|first\s+|just\s+|quickly\s+|immediately\s+|"
    r"actually\s+|finally\s+|personally\s+|eventually\s+|basically\s+|, ?uh, ?|, ?um, ?|um,?\s+|uh,?\s+)*"
    r"((?!used\b|needed\b|wanted\b|had\b|was\b|were\b)[a-z]+(?:-[a-z]+)*ed|" + _EN_IRREGULAR + r")\b(?<!kept(?= \w+ing\b))", _F)
EN_WHAT_I_DID = re.compile(r"\bwhat (i|we) did (was|is)\b|\bso what i did\b", _F)
FR_PAST_ACTION = re.compile(
    r"\b(j'ai|je suis|je me suis|on a|on s'est|nous avons|nous nous sommes|je leur ai|je lui ai|on leur a|"
    r"je les ai|je l'ai|on l'a|on les a|je me|moi-même)\b\s*(?:(?:d'abord|aussi|ensuite|alors|donc|vite|tout de suite|"
    r"moi-même|même|directement|personnellement|,|euh|genre|en fait|carrément|tout)\s*)*"
    r"(?!été\b|eu\b|pu\b|dû\b|su\b|voulu\b)([a-zàâçéèêëîïôûùüÿœ\-]*(?:fait|dit|mis|pris|écrit)|"
    r"[a-zàâçéèêëîïôûùüÿœ\-]+(?:é|ée|és|ées|i|is|ie|ies|u|ue|us|ues|ise|ises|ert|ort|int|crit|uit|uite))\b",
    _F)
FR_CE_QUE = re.compile(r"\bce que (j'ai|on a|nous avons) fait\b", _F)

TASK = re.compile(
    r"\b(i|we) (had|needed|have|need|were asked|was asked) to\b|\b(i|we) needed (a|an|some|someone|somebody)\b|"
    r"\bil nous fallait\b|\bon avait besoin d|\b(had|needed) to\b|\bit was (?:\w+ )?(on|up to) me\b|\bmy (job|task|goal|"
    r"objective|mission|role|part|responsibility|assignment|brief) (was|would be)\b|\bit was my (?:job|role|"
    r"responsibility|task) to\b|\b(?:i|we) wanted to (?!say\b|tell\b|thank\b|add\b)\w+|\bthe (goal|task|objective|challenge|brief|target|aim) was\b|\bresponsible for\b|"
    r"\b(asked|told|tasked|wanted) (?:me|us)(?:, [^,]{1,40},)? to\b|\bwanted (?:fewer|more|less)\b|\bvoulait (?:que (?:je|j'|nous)|qu'on|moins de|plus de)|\bi wanted to (convince|get|make|find|show|change|prove)\b|\bi was supposed "
    r"to\b|\bi had (about |only |just )?[\w-]+ (hours|days|weeks|minutes|months) to\b|\bin charge of\b|"
    r"\b(?:il )?fallait qu|\bil fallait\b|\b(?:on|nous) (?:voulait|voulions)\b|\b(?:mon|notre|le) but\b|\bje devais\b|\bon devait\b|\bnous devions\b|\bc'était à moi\b|\bc'était (mon|notre) (rôle|"
    r"boulot|travail)\b|\b(mon|notre|l') ?objectif\b|\bon m'a (confié|demandé|chargé)\b|\bje voulais\b|\bma (mission|"
    r"tâche)\b|\bj'étais (chargé|chargée|responsable)\b|\bje devais\b|\bj'avais (\w+ )?(jours|heures|semaines) pour\b|"
    r"\bil a fallu\b|\bil me fallait\b|\b(?:il )?faut que (?:je|j'|on)|\bje dois\b|\bma responsabilité\b|\bkeep it\b|"
    r"\bm'(?:a|ont|avait|avaient) (?:demandé|chargée?) (?:de|que|qu')|\b(?:mon|notre) (?:rôle|travail|boulot|job),? c'était de\b", _F)
RESULT = re.compile(
    r"\b(in the end|at the end|eventually|as a result(?! of)|ended up|by the (morning|end|time|evening|friday|deadline)|"
    r"the (result|outcome) was|(?<!of )result,|results?:|in the end,|finally,|they signed|we (won|delivered|got|hit|reached|"
    r"shipped|launched|closed|saved|cut|finished)|signed|went live|brought in|without (a single|any) \w+|sans (aucune?|un seul|une seule) \w+|went up|went down|dropped|increased|decreased|reduced|"
    r"doubled|halved|grew|saved|was promoted|got promoted|thanked|stayed with us|five-star|review|renewal|went out|"
    r"went (really |very |)well|was a (big |huge |)success|worked|the client was|were (really |very |)(happy|pleased)|"
    r"was (really |very |)(happy|pleased|impressed)|au final|finalement|résultat(?!s? d)|à la fin|au bout de|ont signé|"
    r"a signé|est passée? de|est passé d'|s'est faite?|se sont (bien |très bien |)passées?|est sortie?|était ravie?|"
    r"étaient (ravis|contents|satisfaits)|était content|a baissé|a augmenté|ont baissé|ont augmenté|on a gagné|"
    r"ça a (marché|fonctionné)|a retiré|m'a remercié|m'ont remercié|divisé|doublé|on a livré|a été livré|"
    r"on a terminé|j'ai obtenu|on a obtenu|a été (validé|accepté|retenu)|"
    # a lasting consequence: "we've done it every month since", "on m'a confié les plannings depuis"
    r"ever since|since then|\w+ since(?=\W*$)|depuis(?=\W*$)|depuis (?:ce jour|lors|ce moment))", _F)
HABITUAL = re.compile(
    r"\b(always|usually|generally|in general|every (day|time)|whenever|i tend to|i'm (a|someone|the kind)|i am (a|"
    r"someone)|i would|i'd say|i believe|i learned|i've learned|toujours|généralement|en général|à chaque fois|"
    r"chaque fois|je suis quelqu'un|pour moi,? c'est|un bon \w+,? c'est|j'ai appris|je dirais|dans toutes mes|"
    r"in all my|habituellement|souvent)\b(?! (?:that|of that|for|until|de cette|pendant))", _F)
ANCHOR = re.compile(
    r"\b(last (year|month|week|spring|summer|autumn|fall|winter|quarter)|one (night|day|morning|evening|time|"
    r"weekend)|at the time|a few (years|months|weeks) ago|(two|three|four|five) years ago|when i was|i was working|"
    r"i worked|we had|there was|we were|i was (the|a|an|in|on|at|working|leading|managing|running)|i manage|i'm a|"
    r"l'an dernier|l'année dernière|le mois dernier|la semaine dernière|un soir|un jour|un matin|un lundi|un vendredi|"
    r"à l'époque|quand j'étais|il y a (deux|trois|quelques|\w+) (ans|mois|semaines)|j'étais|on avait|il y avait|"
    r"nous avions|je suis (chef|responsable|infirmière?|commercial|développeuse?|manager)|je travaillais|"
    r"(?:i|we) (?:was|were) (?!\w+ing to\b)\w+ing|at my (?:last|previous|old|former|first) (?:job|company|employer|"
    r"workplace|store|shop|school|hotel|restaurant|agency|place)|(?:dans|à) (?:mon|ma) (?:ancien|ancienne|dernier|"
    r"dernière|premier|première) \w+|chez mon (?:ancien|dernier) \w+|"
    r"le jour de|that (day|year|night|week)|ce jour-là|cette (année|nuit)-là|in my first (day|week|month|year|job)|"
    r"during my first|dans mon premier|pendant mon premier|lors de mon premier|une fois(?! que| qu')|one time)\b", _F)
PAST_STATE = re.compile(
    r"\b(was|were|had|'d been|had been|étais|était|étaient|avait|avaient|avais|est arrivée?|sont arrivés|"
    r"a annoncé|announced|told me|told us|came|arrived)\b", _F)
HEADLINE = re.compile(r"^\W*(the best example|my best example|le meilleur exemple|mon meilleur exemple)\b", _F)
CLOSER = re.compile(r"^\W*(so,? yeah|yeah|voilà|donc voilà|that's it|c'est tout|et voilà)\W*$", _F)
FIRST_PERSON_SING_ACTION = re.compile(
    r"\b(i)\s+(?:then\s+|also\s+|first\s+|just\s+|quickly\s+|actually\s+|finally\s+|personally\s+|, ?uh, ?|, ?um, ?|"
    r"um,?\s+|uh,?\s+|i,?\s+)*((?!think\b|guess\b|mean\b|was\b|had\b|needed\b|wanted\b)[a-z]+(?:-[a-z]+)*ed|" + _EN_IRREGULAR
    + r")\b|\bwhat i did\b|\b(j'ai|je suis|je me suis|je leur ai|je lui ai|je les ai|je l'ai|moi-même)\b(?! (été|eu|"
    r"pensé|cru)\b)", _F)
# Right before a subject: a determiner + noun (relative clause), a verb of thinking or saying, or a subordinator.
NOT_MAIN_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|our|my|their|his|her|every|each|le|la|les|un|une|notre|mon|ma|leur)\s+[\w-]+|"
    r"\b(?:thought|think|knew|felt|believed|realised|realized|said|guess|pensais|croyais|savais|trouvais)(?:\s+that|\s+que|\s+qu')?|"
    r"\b(?:when|while|because|since|until|whenever|before|quand|lorsque|parce que|parce qu'|alors que|comme|"
    r"depuis que|pendant que|avant que))\s*$", _F)
EN_PAST_ANY = re.compile(r"\b([a-z]+ed|" + _EN_IRREGULAR + r"|wrote|thought)\b", _F)
# Someone other than the speaker did something (past): "They returned…", "His daughter wrote…", "Il a accepté…".
OTHER_PAST = re.compile(
    r"^\W*(?:(?:and|so|then|et|puis|alors)\s+)?(?!i\b|we\b|je\b|j'|on\b|nous\b)(?:the |a |an |his |her |their |our |my |"
    r"le |la |les |l'|son |sa |ses |leur |notre |mon |ma )?[\w'-]+(?: [\w'-]+)?\s+(?:(?:just|then|finally|all|"
    r"even|only|really)\s+)?(?:[a-z]+ed\b|" + _EN_IRREGULAR + r"|wrote|a\s+\w+(?:é|i|u|is|it)|ont\s+\w+(?:é|i|u|is|it)"
    r"|est\s+\w+(?:é|ée|i|ie|u|ue)|sont\s+\w+(?:és|ées|is|ies|us|ues))\b", _F)
ONGOING = re.compile(r"\b(i|we)\s+(?:just\s+|then\s+|still\s+|also\s+)?(kept|continued|carried on)\b|\b(j'ai|on a) continué\b", _F)
WE_ACTION = re.compile(r"\b(we|on|nous|the team|my team and i|l'équipe)\b", _F)

NUMBER_WORDS = re.compile(
    r"\b(zero|zéro|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|"
    r"million|half|halved|doubled|tripled|(?:a|one|two) (?:third|quarter)s?|(?:un|deux) tiers|(?:un|trois) quarts?|percent|per cent|deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|"
    r"quinze|vingt|trente|quarante|cinquante|soixante|cent|cents|mille|million|moitié|divisés? par|doublé|triplé|"
    r"pour ?cent|first place|second place|première place|premier|top \w+|star|étoiles?|euros?|dollars?|pounds?|"
    r"ranked \w+|came (?:first|second|third)|finished (?:first|second|third)|classée?s? \w+|\w+ièmes? sur|"
    r"k€|\$|€|%|(?:twice|thrice) (?:as|the|more|faster|over)|\w+ times (?:as|more|less|faster|fewer|higher|lower|bigger|smaller)|"
    r"fois (?:plus|moins))\b|\d|"
    r"\b(?:a|an|one|un|une) (?:day|week|month|hour|jour|journée|semaine|heure)s? (?:early|ahead|d'avance)\b|"
    # "within a month", "en une semaine": one unit of time as the measure of how fast
    r"\b(?:within|in under|in less than|after only|in just|en moins d'|en|au bout d') ?(?:a|an|one|un|une) "
    r"(?:day|week|month|year|hour|jour|journée|semaine|mois|an|heure|demi-heure|demi-journée)\b", _F)
# Numbers that only date or pick out things (not a measure of the outcome).
DATE_LIKE = re.compile(
    r"\b(at|à|vers|around)\s+\d{1,2}\s*(am|pm|h\d*|heures?)\b|\b\d{1,2}\s*(am|pm)\b|\b(19|20)\d\d\b|"
    r"\b(?:by|at|around|before|after|until)\s+\d{1,2}(?::\d\d)?\s+(?:that|this|the next|in the)\s+"
    r"(?:night|morning|evening|afternoon)\b|"
    r"\bon the (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\bles deux\b|\bthe two\b|\bboth\b|"
    r"\bone of\b|\bl'un\b|\bun des\b|\bune des\b", _F)
STRONG_RESULT = re.compile(
    r"\b(in the end|at the end(?! of)|eventually|as a result(?! of)|ended up|by the (morning|end|time|evening|deadline)|"
    r"the (result|outcome) was|result(?!s? of)|au final|finalement|résultat(?!s? d)|à la fin(?! d[eu' ])|au bout du compte)\b", re.IGNORECASE)
# The speaker's own earlier mistake, told as the opening of a "mistake" answer (guide: it is Situation).
MISTAKE = re.compile(
    r"\b(?:i|je|j')\s*(?:made|had made|ai fait|avais fait) (?:a|an|une|un) (?:\w+ )?(?:mistake|error|erreur|bêtise|"
    r"faute)\b|\b(?:i|we) (?:messed|screwed) up\b|\bj'avais oublié\b|\bi (?:had )?forgot(?:ten)?\b", _F)
# A flashback: "They'd left us in March…", "Elle avait fermé en juin…" (pluperfect), told after an opening sentence.
PLUPERFECT = re.compile(
    r"\b(?:had|'d)\s+(?:just\s+|already\s+|never\s+|)(?:[a-z]+ed|been|gone|left|done|made|taken|given|lost|come|run|"
    r"sent|built|broken|fallen|written|seen|told|found|kept|put|set|got|gotten|shut|cut)\b|"
    r"\b(?:avait|avaient|avais|était|étaient|étais)\s+(?:déjà\s+|jamais\s+|)[a-zàâçéèêëîïôûùüÿœ-]+"
    r"(?:é|ée|és|ées|i|ie|is|u|ue|us|it|ert|erte|ort|mis|pris)\b", _F)
# A judgement closing the answer ("c'était un dimanche compliqué", "it was a tough day"): not an outcome (guide: "it
# was a great experience" is not R).
EVALUATIVE_CLOSER = re.compile(
    r"^\W*(?:(?:and|so|but|well|honestly|unfortunately|malheureusement|bon|mais|et|donc|enfin|franchement)\W+)*"
    r"(?:it|that|this|c'|ça)\s*(?:was|'s|était|a été|est)\s+(?:a|an|un|une)\s+[^.!?]{0,50}[.!?…]*\W*$", _F)
# Narration in the historical present ("so it's my second week, this man comes in… I check his ID, I call the card
# centre", "c'est le Boxing Day… je sors les terminaux"): a first-person present verb followed by its object. Verbs of
# thinking, wanting and being, imperfects and past forms are left out: they describe, they do not narrate a step.
PRESENT_ACTION = re.compile(
    r"\b(?:i|we)\s+(?:then\s+|also\s+|just\s+|quickly\s+|finally\s+)*(?!(?:think|feel|believe|guess|mean|know|"
    r"have|am|need|want|like|love|hate|tend|try|always|usually|never|would|will|can|could|should|must|do|don't|"
    r"didn't|was|were|had|say|see|hope|wish|get to)\b)[a-z]+(?<!ed)\s+(?:the|a|an|his|her|their|our|my|him|them|it|"
    r"up|down|out|back|each|every|all|two|three|everyone|everybody)\b|"
    r"\b(?:je|j'|on|nous)\s*(?:lui |leur |les |la |le |l'|y |en |me |m')?(?!(?:suis|pense|crois|sais|trouve|veux|peux|"
    r"dois|vais|ai|a|avons|est|sommes|dis|fais|aime|préfère)\b)[a-zàâçéèêëîïôûùüÿœ]+(?<!ais)(?<!ait)(?<!aient)"
    r"(?:e|es|s|x|t|ons)\s+(?:le|la|les|l'|un|une|des|deux|trois|du|au|aux|sur|avec|sa|son|ses|tout|toute|ma|mon|"
    r"mes)\b", _F)
# The scene of one moment told in the present: "it's my second week at…", "c'est le Boxing Day", "this man comes in".
PRESENT_SCENE = re.compile(
    r"\b(?:it's|it is|c'est)\s+(?:my|the|le|la|mon|ma)\s+(?:\w+\s+)?(?:day|week|shift|night|morning|month|jour|"
    r"semaine|soir|nuit|matin|mois|\w+ day|rush)\b|\b(?:this|that|ce|cette)\s+(?:\w+\s+)?(?:guy|man|woman|"
    r"lady|gentleman|customer|client|cliente|patient|patiente|monsieur|dame)\s+(?:comes|walks|calls|arrive|appelle|"
    r"entre)\b|\b(?:c'est|it's) (?:un|une|a|le) (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday)\b", _F)
