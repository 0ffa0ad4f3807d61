<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../about_dialog.py" line="47"/>
        <source>About Rebond</source>
        <translation>À propos de Rebond</translation>
    </message>
    <message>
        <location filename="../about_dialog.py" line="49"/>
        <source>Practise job interviews with video self-review. Everything stays on your computer: no account, no cloud, no telemetry.</source>
        <translation>Entraînez-vous aux entretiens d&apos;embauche avec revue vidéo. Tout reste sur votre ordinateur : pas de compte, pas de cloud, aucune télémesure.</translation>
    </message>
    <message>
        <location filename="../about_dialog.py" line="52"/>
        <source>This copy of Rebond is distributed under the GNU General Public License, version 3 or later (GPL-3.0-or-later), because it includes GPL components (PyAV&apos;s libx264 and libx265, Praat through praat-parselmouth). Rebond&apos;s own source code is under the MIT licence. The notices below list every component and its licence.</source>
        <translation>Cette copie de Rebond est distribuée sous la licence publique générale GNU, version 3 ou ultérieure (GPL-3.0-or-later), car elle contient des composants sous GPL (libx264 et libx265 de PyAV, Praat via praat-parselmouth). Le code source de Rebond lui-même est sous licence MIT. Les mentions ci-dessous indiquent chaque composant et sa licence.</translation>
    </message>
    <message>
        <location filename="../about_dialog.py" line="57"/>
        <source>Rebond&apos;s source code is under the MIT licence. The libraries installed with it keep their own licences (praat-parselmouth is GPL-3.0-or-later); the notices below list them. The installable app, which bundles them, is distributed under GPL-3.0-or-later.</source>
        <translation>Le code source de Rebond est sous licence MIT. Les bibliothèques installées avec lui gardent leur propre licence (praat-parselmouth est sous GPL-3.0-or-later) ; les mentions ci-dessous les indiquent. L&apos;application installable, qui les contient, est distribuée sous GPL-3.0-or-later.</translation>
    </message>
    <message>
        <location filename="../about_dialog.py" line="69"/>
        <source>The third-party notices file is missing from this installation.</source>
        <translation>Le fichier des mentions tierces manque dans cette installation.</translation>
    </message>
</context>
<context>
    <name>AnswerFeedbackPanel</name>
    <message>
        <location filename="../widgets/answer_feedback.py" line="90"/>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <location filename="../widgets/answer_feedback.py" line="95"/>
        <source>A strong answer contains</source>
        <translation>Une bonne réponse contient</translation>
    </message>
    <message>
        <location filename="../widgets/answer_feedback.py" line="119"/>
        <source>You can go on with the next question: the analysis continues in the background.</source>
        <translation>Vous pouvez passer à la question suivante : l&apos;analyse continue en arrière-plan.</translation>
    </message>
    <message>
        <location filename="../widgets/answer_feedback.py" line="141"/>
        <source>Top tips</source>
        <translation>Conseils principaux</translation>
    </message>
    <message>
        <location filename="../widgets/answer_feedback.py" line="150"/>
        <source>Open review</source>
        <translation>Ouvrir le bilan</translation>
    </message>
    <message>
        <location filename="../widgets/answer_feedback.py" line="159"/>
        <source>Say where and when it happened, what you had to do, what you did yourself, and the result — with a number if you can.</source>
        <translation>Dites où et quand cela s&apos;est passé, ce que vous deviez faire, ce que vous avez fait vous-même, et le résultat — chiffré si possible.</translation>
    </message>
    <message>
        <location filename="../widgets/answer_feedback.py" line="168"/>
        <source>Analysing answer %1</source>
        <translation>Analyse de la réponse %1</translation>
    </message>
    <message>
        <location filename="../widgets/answer_feedback.py" line="178"/>
        <source>Answer %1 could not be analysed</source>
        <translation>La réponse %1 n&apos;a pas pu être analysée</translation>
    </message>
    <message>
        <location filename="../widgets/answer_feedback.py" line="186"/>
        <source>Answer %1 — what stood out</source>
        <translation>Réponse %1 — ce qui ressort</translation>
    </message>
    <message>
        <location filename="../widgets/answer_feedback.py" line="219"/>
        <source>Nothing stood out in this answer.</source>
        <translation>Rien de particulier à signaler dans cette réponse.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../context.py" line="63"/>
        <source>Practising with a video file: %1</source>
        <translation>Entraînement avec un fichier vidéo : %1</translation>
    </message>
    <message>
        <location filename="../context.py" line="65"/>
        <source>Camera and microphone from your settings</source>
        <translation>Caméra et micro choisis dans les réglages</translation>
    </message>
</context>
<context>
    <name>AttemptsTab</name>
    <message>
        <location filename="../coach/attempts_tab.py" line="40"/>
        <source>Attempts:</source>
        <translation>Essais :</translation>
    </message>
    <message>
        <location filename="../coach/attempts_tab.py" line="42"/>
        <source>By STAR part</source>
        <translation>Par partie STAR</translation>
    </message>
    <message>
        <location filename="../coach/attempts_tab.py" line="43"/>
        <source>By answer time</source>
        <translation>Par temps de réponse</translation>
    </message>
    <message>
        <location filename="../coach/attempts_tab.py" line="44"/>
        <source>Align:</source>
        <translation>Aligner :</translation>
    </message>
    <message>
        <location filename="../coach/attempts_tab.py" line="55"/>
        <source>Green words are new in the later attempt, struck-out words were dropped. Written points are matched by shared words for now.</source>
        <translation>Les mots en vert sont nouveaux dans l&apos;essai le plus récent, les mots barrés ont disparu. Les points écrits sont reconnus pour l&apos;instant par leurs mots communs.</translation>
    </message>
    <message>
        <location filename="../coach/attempts_tab.py" line="85"/>
        <source>No analysed answer yet: practise a question twice to compare.</source>
        <translation>Aucune réponse analysée pour l&apos;instant : répondez deux fois à une question pour comparer.</translation>
    </message>
    <message>
        <location filename="../coach/attempts_tab.py" line="113"/>
        <source>These attempts answer different questions.</source>
        <translation>Ces essais répondent à des questions différentes.</translation>
    </message>
    <message>
        <location filename="../coach/attempts_tab.py" line="114"/>
        <source>Metrics</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <location filename="../coach/attempts_tab.py" line="115"/>
        <source>improved</source>
        <translation>en progrès</translation>
    </message>
    <message>
        <location filename="../coach/attempts_tab.py" line="115"/>
        <source>worse</source>
        <translation>en recul</translation>
    </message>
    <message>
        <location filename="../coach/attempts_tab.py" line="115"/>
        <source>same</source>
        <translation>identique</translation>
    </message>
    <message>
        <location filename="../coach/attempts_tab.py" line="118"/>
        <source>Negative phrasings</source>
        <translation>Formulations négatives</translation>
    </message>
    <message>
        <location filename="../coach/attempts_tab.py" line="118"/>
        <source>Hedges</source>
        <translation>Atténuations</translation>
    </message>
    <message>
        <location filename="../coach/attempts_tab.py" line="128"/>
        <source>Transcript, by STAR part</source>
        <translation>Transcription, par partie STAR</translation>
    </message>
    <message>
        <location filename="../coach/attempts_tab.py" line="128"/>
        <source>Transcript, by answer time</source>
        <translation>Transcription, par temps de réponse</translation>
    </message>
    <message>
        <location filename="../coach/attempts_tab.py" line="145"/>
        <source>Your written plan, point by point</source>
        <translation>Votre plan écrit, point par point</translation>
    </message>
    <message>
        <location filename="../coach/attempts_tab.py" line="146"/>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../coach/attempts_tab.py" line="146"/>
        <source>Earlier</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../coach/attempts_tab.py" line="146"/>
        <source>Later</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../coach/attempts_tab.py" line="153"/>
        <source>Added in the later attempt:</source>
        <translation>Ajouté dans l&apos;essai le plus récent :</translation>
    </message>
    <message>
        <location filename="../coach/attempts_tab.py" line="160"/>
        <source>said at %1</source>
        <translation>dit à %1</translation>
    </message>
    <message>
        <location filename="../coach/attempts_tab.py" line="162"/>
        <source>forgotten</source>
        <translation>oublié</translation>
    </message>
</context>
<context>
    <name>Coach</name>
    <message>
        <location filename="../coach/common.py" line="21"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../coach/common.py" line="25"/>
        <source>This could not be loaded: %1</source>
        <translation>Chargement impossible : %1</translation>
    </message>
    <message>
        <location filename="../coach/plan_tab.py" line="158"/>
        <source>This week&apos;s plan: %1 of %2 items complete · next monthly review %3</source>
        <translation>Plan de la semaine : %1 sur %2 éléments terminés · prochain bilan mensuel %3</translation>
    </message>
    <message>
        <location filename="../coach/practice_extras.py" line="79"/>
        <source>Read the question: recording starts by itself</source>
        <translation>Lisez la question : l&apos;enregistrement démarre seul</translation>
    </message>
    <message>
        <location filename="../coach/practice_extras.py" line="81"/>
        <source>Reading time: %1 s, then recording starts by itself</source>
        <translation>Temps de lecture : %1 s, puis l&apos;enregistrement démarre seul</translation>
    </message>
</context>
<context>
    <name>CoachPage</name>
    <message>
        <location filename="../coach/coach_page.py" line="25"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../coach/coach_page.py" line="31"/>
        <source>Weekly plan</source>
        <translation>Plan de la semaine</translation>
    </message>
    <message>
        <location filename="../coach/coach_page.py" line="32"/>
        <source>Job ad and stories</source>
        <translation>Offre d&apos;emploi et histoires</translation>
    </message>
    <message>
        <location filename="../coach/coach_page.py" line="33"/>
        <source>Two attempts, word by word</source>
        <translation>Deux essais, mot à mot</translation>
    </message>
    <message>
        <location filename="../coach/coach_page.py" line="34"/>
        <source>One-way interview</source>
        <translation>Entretien vidéo différé</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <location filename="../review/pages/compare_page.py" line="25"/>
        <source>Compare attempts</source>
        <translation>Comparer les essais</translation>
    </message>
    <message>
        <location filename="../review/pages/compare_page.py" line="32"/>
        <source>&amp;Question:</source>
        <translation>&amp;Question :</translation>
    </message>
    <message>
        <location filename="../review/pages/compare_page.py" line="37"/>
        <source>Attempts:</source>
        <translation>Essais :</translation>
    </message>
    <message>
        <location filename="../review/pages/compare_page.py" line="42"/>
        <source>Compare needs two analysed answers to the same question. Practise a question, then practise it again after working on one tip: open the first answer in Sessions and use “Practise again”, or pick the same question on the Practice page.</source>
        <translation>La comparaison demande deux réponses analysées à la même question. Entraînez-vous sur une question, puis recommencez-la après avoir travaillé un conseil : ouvrez la première réponse dans Séances et choisissez « S&apos;entraîner à nouveau », ou reprenez la même question dans Entraînement.</translation>
    </message>
    <message>
        <location filename="../review/pages/compare_page.py" line="60"/>
        <source>%1 (%2 attempts)</source>
        <translation>%1 (%2 essais)</translation>
    </message>
    <message>
        <location filename="../review/pages/compare_page.py" line="118"/>
        <source>One of these reports can no longer be read.</source>
        <translation>L&apos;un de ces rapports ne peut plus être lu.</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../review/compare_view.py" line="41"/>
        <source>Attempt A</source>
        <translation>Essai A</translation>
    </message>
    <message>
        <location filename="../review/compare_view.py" line="42"/>
        <source>Attempt B</source>
        <translation>Essai B</translation>
    </message>
    <message>
        <location filename="../review/compare_view.py" line="45"/>
        <source>Compare two attempts</source>
        <translation>Comparer deux essais</translation>
    </message>
    <message>
        <location filename="../review/compare_view.py" line="91"/>
        <location filename="../review/compare_view.py" line="130"/>
        <source>Negative phrases</source>
        <translation>Formulations négatives</translation>
    </message>
    <message>
        <location filename="../review/compare_view.py" line="91"/>
        <location filename="../review/compare_view.py" line="130"/>
        <source>Hedges</source>
        <translation>Atténuations</translation>
    </message>
    <message>
        <location filename="../review/compare_view.py" line="92"/>
        <source>improved</source>
        <translation>amélioré</translation>
    </message>
    <message>
        <location filename="../review/compare_view.py" line="92"/>
        <source>went the other way</source>
        <translation>en sens inverse</translation>
    </message>
    <message>
        <location filename="../review/compare_view.py" line="92"/>
        <source>same</source>
        <translation>identique</translation>
    </message>
    <message>
        <location filename="../review/compare_view.py" line="94"/>
        <source>Metric</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location filename="../review/compare_view.py" line="94"/>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <location filename="../review/compare_view.py" line="127"/>
        <source>What improved</source>
        <translation>Ce qui s’est amélioré</translation>
    </message>
    <message>
        <location filename="../review/compare_view.py" line="135"/>
        <source>Nothing measurable improved between these two attempts yet. Pick one tip from the earlier attempt and try the question again.</source>
        <translation>Rien de mesurable ne s’est encore amélioré entre ces deux essais. Choisissez un conseil du premier essai et reprenez la question.</translation>
    </message>
    <message>
        <location filename="../review/compare_view.py" line="141"/>
        <source>%1 now present</source>
        <translation>%1 désormais présente</translation>
    </message>
    <message>
        <location filename="../review/compare_view.py" line="142"/>
        <source>%1 missing this time</source>
        <translation>%1 absente cette fois</translation>
    </message>
    <message>
        <location filename="../review/compare_view.py" line="144"/>
        <source>STAR</source>
        <translation>STAR</translation>
    </message>
</context>
<context>
    <name>Cue</name>
    <message>
        <location filename="../coach/practice_extras.py" line="20"/>
        <source>Several fillers: a silent pause works too</source>
        <extracomment>How long a cue stays on screen. Design choice: long enough to read five words, short enough to stay discreet.</extracomment>
        <translation>Plusieurs mots de remplissage : un silence marche aussi</translation>
    </message>
    <message>
        <location filename="../coach/practice_extras.py" line="21"/>
        <source>Fast for a while: slow down a little</source>
        <translation>Rapide depuis un moment : ralentissez un peu</translation>
    </message>
    <message>
        <location filename="../coach/practice_extras.py" line="22"/>
        <source>Slow for a while: a little more pace</source>
        <translation>Lent depuis un moment : un peu plus de rythme</translation>
    </message>
    <message>
        <location filename="../coach/practice_extras.py" line="23"/>
        <source>Away from the lens for a while</source>
        <translation>Loin de l&apos;objectif depuis un moment</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../review/pages/data_pages.py" line="28"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../review/pages/data_pages.py" line="47"/>
        <source>This page could not be loaded: %1</source>
        <translation>Cette page n&apos;a pas pu être chargée : %1</translation>
    </message>
</context>
<context>
    <name>DeviceCheckDialog</name>
    <message>
        <location filename="../device_check.py" line="75"/>
        <source>Check camera and microphone</source>
        <translation>Vérifier la caméra et le micro</translation>
    </message>
    <message>
        <location filename="../device_check.py" line="81"/>
        <source>Sit as you will in the interview: your face inside the oval, your shoulders on the line. Speak to see the level move.</source>
        <translation>Installez-vous comme pour l&apos;entretien : le visage dans l&apos;ovale, les épaules sur la ligne. Parlez pour voir le niveau bouger.</translation>
    </message>
    <message>
        <location filename="../device_check.py" line="94"/>
        <source>Say something (3 s)</source>
        <translation>Dites quelque chose (3 s)</translation>
    </message>
    <message>
        <location filename="../device_check.py" line="99"/>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <location filename="../device_check.py" line="101"/>
        <source>Light</source>
        <translation>Lumière</translation>
    </message>
    <message>
        <location filename="../device_check.py" line="103"/>
        <source>Microphone</source>
        <translation>Micro</translation>
    </message>
    <message>
        <location filename="../device_check.py" line="119"/>
        <source>No camera available.</source>
        <translation>Aucune caméra disponible.</translation>
    </message>
    <message>
        <location filename="../device_check.py" line="120"/>
        <source>No picture</source>
        <translation>Pas d&apos;image</translation>
    </message>
    <message>
        <location filename="../device_check.py" line="123"/>
        <source>Waiting for the picture…</source>
        <translation>En attente de l&apos;image…</translation>
    </message>
    <message>
        <location filename="../device_check.py" line="124"/>
        <source>Say a few words.</source>
        <translation>Dites quelques mots.</translation>
    </message>
    <message>
        <location filename="../device_check.py" line="143"/>
        <source>Picture received (%1 × %2).</source>
        <translation>Image reçue (%1 × %2).</translation>
    </message>
    <message>
        <location filename="../device_check.py" line="148"/>
        <source>Too dark: face a window or a lamp, with no strong light behind you.</source>
        <translation>Trop sombre : placez-vous face à une fenêtre ou une lampe, sans forte lumière derrière vous.</translation>
    </message>
    <message>
        <location filename="../device_check.py" line="151"/>
        <source>Bright enough.</source>
        <translation>Assez lumineux.</translation>
    </message>
    <message>
        <location filename="../device_check.py" line="158"/>
        <source>Your voice is heard.</source>
        <translation>Votre voix est entendue.</translation>
    </message>
    <message>
        <location filename="../device_check.py" line="176"/>
        <source>Listening for 3 seconds…</source>
        <translation>Écoute pendant 3 secondes…</translation>
    </message>
    <message>
        <location filename="../device_check.py" line="179"/>
        <source>Understanding…</source>
        <translation>Reconnaissance…</translation>
    </message>
    <message>
        <location filename="../device_check.py" line="184"/>
        <source>Understood: “%1”</source>
        <translation>Compris : « %1 »</translation>
    </message>
    <message>
        <location filename="../device_check.py" line="186"/>
        <source>No words understood: speak closer to the microphone, or check that it is the one chosen in Settings.</source>
        <translation>Aucun mot compris : parlez plus près du micro, ou vérifiez que c&apos;est celui choisi dans les réglages.</translation>
    </message>
</context>
<context>
    <name>DualPlayer</name>
    <message>
        <location filename="../coach/dual_player.py" line="33"/>
        <location filename="../coach/dual_player.py" line="67"/>
        <location filename="../coach/dual_player.py" line="85"/>
        <source>Play both</source>
        <translation>Lire les deux</translation>
    </message>
    <message>
        <location filename="../coach/dual_player.py" line="36"/>
        <source>Jump both to:</source>
        <translation>Aller, dans les deux, à :</translation>
    </message>
    <message>
        <location filename="../coach/dual_player.py" line="52"/>
        <source>No recording</source>
        <translation>Pas d&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../coach/dual_player.py" line="59"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../coach/dual_player.py" line="59"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../coach/dual_player.py" line="59"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../coach/dual_player.py" line="59"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../coach/dual_player.py" line="85"/>
        <source>Pause both</source>
        <translation>Mettre les deux en pause</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../review/pages/exporting.py" line="33"/>
        <source>Writing the PDF report…</source>
        <translation>Écriture du rapport PDF…</translation>
    </message>
    <message>
        <location filename="../review/pages/exporting.py" line="33"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../review/pages/exporting.py" line="34"/>
        <location filename="../review/pages/exporting.py" line="76"/>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location filename="../review/pages/exporting.py" line="88"/>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../widgets/answer_feedback.py" line="49"/>
        <source>Eye contact</source>
        <translation>Contact visuel</translation>
    </message>
    <message>
        <location filename="../widgets/answer_feedback.py" line="50"/>
        <source>Fillers per minute</source>
        <translation>Mots de remplissage par minute</translation>
    </message>
    <message>
        <location filename="../widgets/answer_feedback.py" line="51"/>
        <source>Pace (words/min)</source>
        <translation>Débit (mots/min)</translation>
    </message>
    <message>
        <location filename="../widgets/answer_feedback.py" line="52"/>
        <source>STAR parts found</source>
        <translation>Parties STAR trouvées</translation>
    </message>
    <message>
        <location filename="../widgets/answer_feedback.py" line="67"/>
        <source>in the target range</source>
        <translation>dans la plage visée</translation>
    </message>
    <message>
        <location filename="../widgets/answer_feedback.py" line="68"/>
        <source>above the target range</source>
        <translation>au-dessus de la plage visée</translation>
    </message>
    <message>
        <location filename="../widgets/answer_feedback.py" line="69"/>
        <source>below the target range</source>
        <translation>en dessous de la plage visée</translation>
    </message>
</context>
<context>
    <name>GoalsDialog</name>
    <message>
        <location filename="../review/goals_dialog.py" line="38"/>
        <source>This week&apos;s goals</source>
        <extracomment>Goals offered: (metric, comparison, default target, maximum, step). The default targets are starting points a user edits, not recommendations (those are the bands of app/resources/thresholds.toml, shown on the metric cards).</extracomment>
        <translation>Objectifs de la semaine</translation>
    </message>
    <message>
        <location filename="../review/goals_dialog.py" line="41"/>
        <source>Tick the goals you want to follow this week and set their targets.</source>
        <translation>Cochez les objectifs à suivre cette semaine et fixez leurs cibles.</translation>
    </message>
    <message>
        <location filename="../review/goals_dialog.py" line="45"/>
        <source>Practice days</source>
        <translation>Jours d’entraînement</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../screens/home.py" line="48"/>
        <source>Practise an interview</source>
        <translation>S&apos;entraîner à l&apos;entretien</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="51"/>
        <source>Answer out loud as in a real interview. Each answer is recorded, then analysed on this computer while you go on. Nothing leaves your machine.</source>
        <translation>Répondez à voix haute comme en entretien. Chaque réponse est enregistrée puis analysée sur cet ordinateur pendant que vous continuez. Rien ne quitte votre machine.</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="64"/>
        <source>Start with 3 seconds looking at the lens (calibration)</source>
        <translation>Commencer par 3 secondes en regardant l&apos;objectif (calibrage)</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="65"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="66"/>
        <source>&amp;Questions from:</source>
        <translation>&amp;Questions :</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="67"/>
        <source>&amp;Number of questions:</source>
        <translation>&amp;Nombre de questions :</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="77"/>
        <source>&amp;Start practice</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="80"/>
        <source>&amp;Import a recording…</source>
        <translation>&amp;Importer un enregistrement…</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="81"/>
        <source>Past s&amp;essions</source>
        <translation>Séances &amp;passées</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="82"/>
        <source>Se&amp;ttings</source>
        <translation>&amp;Réglages</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="113"/>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="117"/>
        <source>Set: %1</source>
        <translation>Liste : %1</translation>
    </message>
</context>
<context>
    <name>JobAdTab</name>
    <message>
        <location filename="../coach/jobad_tab.py" line="37"/>
        <source>Paste a job advertisement (French or English). Nothing leaves this computer.</source>
        <translation>Collez une offre d&apos;emploi (en français ou en anglais). Rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../coach/jobad_tab.py" line="40"/>
        <source>e.g. We are looking for a team player who thrives under pressure…</source>
        <translation>ex. : Nous recherchons une personne à l&apos;aise en équipe et sous pression…</translation>
    </message>
    <message>
        <location filename="../coach/jobad_tab.py" line="43"/>
        <source>Find the competencies</source>
        <translation>Trouver les compétences</translation>
    </message>
    <message>
        <location filename="../coach/jobad_tab.py" line="52"/>
        <source>Your story bank against this ad</source>
        <translation>Vos histoires face à cette offre</translation>
    </message>
    <message>
        <location filename="../coach/jobad_tab.py" line="54"/>
        <source>Competency</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <location filename="../coach/jobad_tab.py" line="54"/>
        <source>In the ad</source>
        <translation>Dans l&apos;offre</translation>
    </message>
    <message>
        <location filename="../coach/jobad_tab.py" line="54"/>
        <source>Stories</source>
        <translation>Histoires</translation>
    </message>
    <message>
        <location filename="../coach/jobad_tab.py" line="55"/>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <location filename="../coach/jobad_tab.py" line="60"/>
        <source>Questions to practise</source>
        <translation>Questions à travailler</translation>
    </message>
    <message>
        <location filename="../coach/jobad_tab.py" line="63"/>
        <source>Practise the gaps</source>
        <translation>Travailler les manques</translation>
    </message>
    <message>
        <location filename="../coach/jobad_tab.py" line="64"/>
        <source>A session with one question for each competency without a quantified story</source>
        <translation>Une séance avec une question pour chaque compétence sans histoire chiffrée</translation>
    </message>
    <message>
        <location filename="../coach/jobad_tab.py" line="87"/>
        <source>✓ quantified story</source>
        <translation>✓ histoire chiffrée</translation>
    </message>
    <message>
        <location filename="../coach/jobad_tab.py" line="87"/>
        <source>~ story without a number</source>
        <translation>~ histoire sans chiffre</translation>
    </message>
    <message>
        <location filename="../coach/jobad_tab.py" line="88"/>
        <source>✗ no story yet</source>
        <translation>✗ pas encore d&apos;histoire</translation>
    </message>
    <message>
        <location filename="../coach/jobad_tab.py" line="109"/>
        <source>No competency of the lexicon was found in this text.</source>
        <translation>Aucune compétence du lexique n&apos;a été trouvée dans ce texte.</translation>
    </message>
</context>
<context>
    <name>JournalScreen</name>
    <message>
        <location filename="../review/journal_screen.py" line="53"/>
        <source>Feedback journal</source>
        <translation>Journal des retours</translation>
    </message>
    <message>
        <location filename="../review/journal_screen.py" line="73"/>
        <source>New entry</source>
        <translation>Nouvelle entrée</translation>
    </message>
    <message>
        <location filename="../review/journal_screen.py" line="79"/>
        <source>No feedback recorded yet. After a real interview, click “New entry” and write down what the recruiter said, even in a few words.</source>
        <translation>Aucun retour noté pour l’instant. Après un vrai entretien, cliquez sur « Nouvelle entrée » et notez ce que le recruteur a dit, même en quelques mots.</translation>
    </message>
    <message>
        <location filename="../review/journal_screen.py" line="86"/>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <location filename="../review/journal_screen.py" line="91"/>
        <source>Company or role</source>
        <translation>Entreprise ou poste</translation>
    </message>
    <message>
        <location filename="../review/journal_screen.py" line="96"/>
        <source>What the recruiter said, in their words if you remember them</source>
        <translation>Ce que le recruteur a dit, avec ses mots si vous vous en souvenez</translation>
    </message>
    <message>
        <location filename="../review/journal_screen.py" line="98"/>
        <source>Strengths they noted</source>
        <translation>Points forts relevés</translation>
    </message>
    <message>
        <location filename="../review/journal_screen.py" line="100"/>
        <source>Tags, separated by commas (e.g. too long, no numbers, eye contact)</source>
        <translation>Étiquettes séparées par des virgules (ex. trop long, pas de chiffres, regard)</translation>
    </message>
    <message>
        <location filename="../review/journal_screen.py" line="101"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../review/journal_screen.py" line="102"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../review/journal_screen.py" line="103"/>
        <source>Recruiter said</source>
        <translation>Le recruteur a dit</translation>
    </message>
    <message>
        <location filename="../review/journal_screen.py" line="104"/>
        <source>Strengths</source>
        <translation>Points forts</translation>
    </message>
    <message>
        <location filename="../review/journal_screen.py" line="105"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../review/journal_screen.py" line="107"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../review/journal_screen.py" line="109"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../review/journal_screen.py" line="121"/>
        <source>Points that recur</source>
        <translation>Points qui reviennent</translation>
    </message>
    <message>
        <location filename="../review/journal_screen.py" line="137"/>
        <source>(no company)</source>
        <translation>(sans entreprise)</translation>
    </message>
    <message>
        <location filename="../review/journal_screen.py" line="153"/>
        <source>A point appears here once it was raised in two interviews. Use the same tag each time (e.g. “no numbers”).</source>
        <translation>Un point apparaît ici dès qu’il a été soulevé dans deux entretiens. Utilisez la même étiquette à chaque fois (ex. « pas de chiffres »).</translation>
    </message>
    <message>
        <location filename="../review/journal_screen.py" line="159"/>
        <source>raised %1 times</source>
        <translation>soulevé %1 fois</translation>
    </message>
    <message>
        <location filename="../review/journal_screen.py" line="165"/>
        <source>%1: latest %2, your baseline %3</source>
        <translation>%1 : dernier %2, votre référence %3</translation>
    </message>
    <message>
        <location filename="../review/journal_screen.py" line="169"/>
        <source>%1: practise to measure it</source>
        <translation>%1 : entraînez-vous pour le mesurer</translation>
    </message>
    <message>
        <location filename="../review/journal_screen.py" line="201"/>
        <source>Write at least the company or what the recruiter said.</source>
        <translation>Indiquez au moins l’entreprise ou ce que le recruteur a dit.</translation>
    </message>
    <message>
        <location filename="../review/journal_screen.py" line="214"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../review/journal_screen.py" line="219"/>
        <source>Delete entry</source>
        <translation>Supprimer l’entrée</translation>
    </message>
    <message>
        <location filename="../review/journal_screen.py" line="219"/>
        <source>Delete this journal entry? This cannot be undone.</source>
        <translation>Supprimer cette entrée du journal ? C’est définitif.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../review/labels.py" line="14"/>
        <source>Eye contact lost</source>
        <translation>Regard perdu</translation>
    </message>
    <message>
        <location filename="../review/labels.py" line="15"/>
        <source>Fillers</source>
        <translation>Mots de remplissage</translation>
    </message>
    <message>
        <location filename="../review/labels.py" line="16"/>
        <source>Repetitions</source>
        <translation>Répétitions</translation>
    </message>
    <message>
        <location filename="../review/labels.py" line="17"/>
        <location filename="../review/labels.py" line="36"/>
        <source>Long pauses</source>
        <translation>Longues pauses</translation>
    </message>
    <message>
        <location filename="../review/labels.py" line="18"/>
        <source>STAR parts</source>
        <translation>Parties STAR</translation>
    </message>
    <message>
        <location filename="../review/labels.py" line="19"/>
        <source>Posture, fidgeting</source>
        <translation>Posture, agitation</translation>
    </message>
    <message>
        <location filename="../review/labels.py" line="20"/>
        <source>Negative phrases</source>
        <translation>Formulations négatives</translation>
    </message>
    <message>
        <location filename="../review/labels.py" line="21"/>
        <source>Framing</source>
        <translation>Cadrage</translation>
    </message>
    <message>
        <location filename="../review/labels.py" line="27"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../review/labels.py" line="27"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../review/labels.py" line="27"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../review/labels.py" line="27"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../review/labels.py" line="33"/>
        <source>Eye contact</source>
        <translation>Regard caméra</translation>
    </message>
    <message>
        <location filename="../review/labels.py" line="34"/>
        <source>Fillers per minute</source>
        <translation>Mots de remplissage par minute</translation>
    </message>
    <message>
        <location filename="../review/labels.py" line="35"/>
        <source>Speaking rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <location filename="../review/labels.py" line="37"/>
        <source>Pitch variation</source>
        <translation>Variation de hauteur</translation>
    </message>
    <message>
        <location filename="../review/labels.py" line="38"/>
        <source>Posture events</source>
        <translation>Événements de posture</translation>
    </message>
    <message>
        <location filename="../review/labels.py" line="39"/>
        <source>STAR completeness</source>
        <translation>Complétude STAR</translation>
    </message>
    <message>
        <location filename="../review/labels.py" line="40"/>
        <source>Quantified results</source>
        <translation>Résultats chiffrés</translation>
    </message>
    <message>
        <location filename="../review/labels.py" line="41"/>
        <source>Head turned away</source>
        <translation>Tête tournée</translation>
    </message>
    <message>
        <location filename="../review/labels.py" line="42"/>
        <source>Volume variation</source>
        <translation>Variation du volume</translation>
    </message>
    <message>
        <location filename="../review/labels.py" line="48"/>
        <source>/min</source>
        <translation>/min</translation>
    </message>
    <message>
        <location filename="../review/labels.py" line="48"/>
        <source>words/min</source>
        <translation>mots/min</translation>
    </message>
    <message>
        <location filename="../review/labels.py" line="49"/>
        <source>semitones</source>
        <translation>demi-tons</translation>
    </message>
    <message>
        <location filename="../review/labels.py" line="50"/>
        <source>times</source>
        <translation>fois</translation>
    </message>
    <message>
        <location filename="../review/labels.py" line="55"/>
        <source>Fidgeting (hand or shoulder movement)</source>
        <translation>Agitation (mains ou épaules)</translation>
    </message>
    <message>
        <location filename="../review/labels.py" line="56"/>
        <source>Slouching</source>
        <translation>Dos voûté</translation>
    </message>
    <message>
        <location filename="../review/labels.py" line="57"/>
        <source>Hand touching the face</source>
        <translation>Main sur le visage</translation>
    </message>
    <message>
        <location filename="../review/labels.py" line="58"/>
        <source>Leaning away</source>
        <translation>Recul du buste</translation>
    </message>
    <message>
        <location filename="../review/labels.py" line="59"/>
        <source>Shoulders tilted</source>
        <translation>Épaules inclinées</translation>
    </message>
    <message>
        <location filename="../review/labels.py" line="60"/>
        <source>Head forward</source>
        <translation>Tête en avant</translation>
    </message>
    <message>
        <location filename="../review/labels.py" line="64"/>
        <source>Face small in the frame</source>
        <translation>Visage petit dans l’image</translation>
    </message>
    <message>
        <location filename="../review/labels.py" line="65"/>
        <source>Face too close</source>
        <translation>Visage trop près</translation>
    </message>
    <message>
        <location filename="../review/labels.py" line="66"/>
        <source>Face off centre</source>
        <translation>Visage décentré</translation>
    </message>
    <message>
        <location filename="../review/labels.py" line="66"/>
        <source>Face out of the frame</source>
        <translation>Visage hors cadre</translation>
    </message>
    <message>
        <location filename="../review/labels.py" line="74"/>
        <source>STAR: %1</source>
        <translation>STAR : %1</translation>
    </message>
    <message>
        <location filename="../review/labels.py" line="80"/>
        <source>Looked away from the camera for %1 s</source>
        <translation>Regard hors caméra pendant %1 s</translation>
    </message>
    <message>
        <location filename="../review/labels.py" line="81"/>
        <source>Short glance away</source>
        <translation>Bref coup d’œil ailleurs</translation>
    </message>
    <message>
        <location filename="../review/labels.py" line="82"/>
        <source>Filler: “%1”</source>
        <translation>Remplissage : « %1 »</translation>
    </message>
    <message>
        <location filename="../review/labels.py" line="83"/>
        <source>Restart: “%1”</source>
        <translation>Reprise : « %1 »</translation>
    </message>
    <message>
        <location filename="../review/labels.py" line="84"/>
        <source>Repeated “%1” %2 times</source>
        <translation>« %1 » répété %2 fois</translation>
    </message>
    <message>
        <location filename="../review/labels.py" line="86"/>
        <source>Silent pause of %1 s</source>
        <translation>Silence de %1 s</translation>
    </message>
    <message>
        <location filename="../review/labels.py" line="87"/>
        <source>Negative phrasing: “%1”</source>
        <translation>Formulation négative : « %1 »</translation>
    </message>
    <message>
        <location filename="../review/labels.py" line="91"/>
        <source>Try: %1</source>
        <translation>Essayez : %1</translation>
    </message>
    <message>
        <location filename="../review/labels.py" line="93"/>
        <source>(heard in the audio, not in the transcript)</source>
        <translation>(entendu dans l’audio, absent de la transcription)</translation>
    </message>
    <message>
        <location filename="../review/labels.py" line="107"/>
        <source>Some words the speech recognition heard twice or made up were left out of the transcript.</source>
        <translation>Quelques mots que la reconnaissance vocale avait entendus deux fois ou inventés ont été retirés de la transcription.</translation>
    </message>
    <message>
        <location filename="../review/labels.py" line="120"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="51"/>
        <source>Rebond — interview practice</source>
        <translation>Rebond — entraînement aux entretiens</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="96"/>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="98"/>
        <source>No camera available</source>
        <translation>Aucune caméra disponible</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="102"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="104"/>
        <source>&amp;New practice</source>
        <translation>&amp;Nouvel entraînement</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="105"/>
        <source>&amp;Import a recording…</source>
        <translation>&amp;Importer un enregistrement…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="106"/>
        <source>Past &amp;sessions</source>
        <translation>&amp;Séances passées</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="107"/>
        <source>&amp;My questions…</source>
        <translation>&amp;Mes questions…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="108"/>
        <source>&amp;Check camera and microphone…</source>
        <translation>&amp;Vérifier la caméra et le micro…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="109"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Réglages…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="110"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="120"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="126"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="127"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="163"/>
        <source>Leave the session?</source>
        <translation>Quitter la séance ?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="164"/>
        <source>End the current session? Recorded answers are kept.</source>
        <translation>Terminer la séance en cours ? Les réponses enregistrées sont conservées.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="314"/>
        <source>The new language is used once Rebond restarts. Restart now? Recorded answers are kept.</source>
        <translation>La nouvelle langue s&apos;applique au redémarrage de Rebond. Redémarrer maintenant ? Les réponses enregistrées sont conservées.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="316"/>
        <source>Restart Rebond?</source>
        <translation>Redémarrer Rebond ?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="341"/>
        <source>No camera</source>
        <translation>Pas de caméra</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="358"/>
        <source>No questions</source>
        <translation>Aucune question</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="358"/>
        <source>No question matches that choice.</source>
        <translation>Aucune question ne correspond à ce choix.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="401"/>
        <source>Import a recording</source>
        <translation>Importer un enregistrement</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="402"/>
        <source>Videos (*.mp4 *.mov *.mkv *.webm *.avi *.m4v);;All files (*)</source>
        <translation>Vidéos (*.mp4 *.mov *.mkv *.webm *.avi *.m4v);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="408"/>
        <source>Another question (type it)…</source>
        <translation>Une autre question (à saisir)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="409"/>
        <source>Which question does it answer?</source>
        <translation>À quelle question répond-il ?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="409"/>
        <source>Question:</source>
        <translation>Question :</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="416"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="416"/>
        <source>Question answered:</source>
        <translation>Question traitée :</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="433"/>
        <source>Imported; analysis queued.</source>
        <translation>Importé ; analyse en attente.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="436"/>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="451"/>
        <source>%1 answer(s) were cut by an unexpected stop; their recordings are kept and marked interrupted.</source>
        <translation>%1 réponse(s) coupée(s) par un arrêt inattendu : les enregistrements sont conservés et marqués « interrompu ».</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="458"/>
        <source>Rebond</source>
        <translation>Rebond</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="131"/>
        <source>&amp;About Rebond</source>
        <translation>À &amp;propos de Rebond</translation>
    </message>
</context>
<context>
    <name>MetricCardsWidget</name>
    <message>
        <location filename="../widgets/metric_cards.py" line="51"/>
        <source>within the target band</source>
        <translation>dans la plage cible</translation>
    </message>
    <message>
        <location filename="../widgets/metric_cards.py" line="52"/>
        <source>above the target band</source>
        <translation>au-dessus de la plage cible</translation>
    </message>
    <message>
        <location filename="../widgets/metric_cards.py" line="53"/>
        <source>below the target band</source>
        <translation>en dessous de la plage cible</translation>
    </message>
    <message>
        <location filename="../widgets/metric_cards.py" line="60"/>
        <source>By word: %1</source>
        <translation>Par mot : %1</translation>
    </message>
    <message>
        <location filename="../widgets/metric_cards.py" line="65"/>
        <source>%1 s in total</source>
        <translation>%1 s au total</translation>
    </message>
    <message>
        <location filename="../widgets/metric_cards.py" line="70"/>
        <source>left %1, right %2 · %3 nod(s)</source>
        <translation>à gauche %1, à droite %2 · %3 hochement(s) de tête</translation>
    </message>
    <message>
        <location filename="../widgets/metric_cards.py" line="73"/>
        <source>Little pitch movement (flat delivery)</source>
        <translation>Peu de variation de hauteur (voix plate)</translation>
    </message>
    <message>
        <location filename="../widgets/metric_cards.py" line="90"/>
        <source>Uncertain: the eyes could not be read reliably</source>
        <translation>Incertain : les yeux n&apos;ont pas pu être lus de façon fiable</translation>
    </message>
    <message>
        <location filename="../widgets/metric_cards.py" line="92"/>
        <source>Not visible — sit back so your shoulders are in frame</source>
        <translation>Pas visible — reculez pour que vos épaules soient dans le cadre</translation>
    </message>
    <message>
        <location filename="../widgets/metric_cards.py" line="94"/>
        <source>Not measured for this answer</source>
        <translation>Non mesuré pour cette réponse</translation>
    </message>
    <message>
        <location filename="../widgets/metric_cards.py" line="111"/>
        <source>Target: %1–%2</source>
        <translation>Cible : %1–%2</translation>
    </message>
    <message>
        <location filename="../widgets/metric_cards.py" line="113"/>
        <source>Target: at most %1</source>
        <translation>Cible : au plus %1</translation>
    </message>
    <message>
        <location filename="../widgets/metric_cards.py" line="115"/>
        <source>Target: at least %1</source>
        <translation>Cible : au moins %1</translation>
    </message>
    <message>
        <location filename="../widgets/metric_cards.py" line="118"/>
        <source>source not stated</source>
        <translation>source non indiquée</translation>
    </message>
    <message>
        <location filename="../widgets/metric_cards.py" line="121"/>
        <location filename="../widgets/metric_cards.py" line="123"/>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <location filename="../widgets/metric_cards.py" line="125"/>
        <source>No target band set for this metric.</source>
        <translation>Pas de plage cible définie pour cette mesure.</translation>
    </message>
</context>
<context>
    <name>ModelDownloadDialog</name>
    <message>
        <location filename="../model_download_dialog.py" line="25"/>
        <source>Download the analysis models</source>
        <translation>Télécharger les modèles d&apos;analyse</translation>
    </message>
    <message>
        <location filename="../model_download_dialog.py" line="36"/>
        <location filename="../model_download_dialog.py" line="62"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location filename="../model_download_dialog.py" line="37"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../model_download_dialog.py" line="38"/>
        <source>Cancel download</source>
        <translation>Annuler le téléchargement</translation>
    </message>
    <message>
        <location filename="../model_download_dialog.py" line="54"/>
        <source>Rebond needs to download %1 MB once; no recordings ever leave your computer.</source>
        <translation>Rebond doit télécharger %1 Mo une seule fois ; aucun enregistrement ne quitte votre ordinateur.</translation>
    </message>
    <message>
        <location filename="../model_download_dialog.py" line="60"/>
        <source>These are the speech recognition and face and posture tracking models. Each file is checked against its published checksum before it is used.</source>
        <translation>Ce sont les modèles de reconnaissance vocale et de suivi du visage et de la posture. Chaque fichier est comparé à son empreinte publiée avant d&apos;être utilisé.</translation>
    </message>
    <message>
        <location filename="../model_download_dialog.py" line="76"/>
        <source>Downloading the analysis models…</source>
        <translation>Téléchargement des modèles d&apos;analyse…</translation>
    </message>
    <message>
        <location filename="../model_download_dialog.py" line="84"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../model_download_dialog.py" line="106"/>
        <source>You seem to be offline.</source>
        <translation>Vous semblez hors ligne.</translation>
    </message>
    <message>
        <location filename="../model_download_dialog.py" line="107"/>
        <source>Connect to the internet, then choose Try again.</source>
        <translation>Connectez-vous à Internet, puis choisissez Réessayer.</translation>
    </message>
    <message>
        <location filename="../model_download_dialog.py" line="109"/>
        <source>The download did not complete.</source>
        <translation>Le téléchargement n&apos;a pas abouti.</translation>
    </message>
    <message>
        <location filename="../model_download_dialog.py" line="111"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>Nav</name>
    <message>
        <location filename="../nav.py" line="19"/>
        <source>Practice</source>
        <extracomment>Lucide icon of each section (app/resources/icons). Navigation keys in order; Ctrl+1… follow this order.</extracomment>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../nav.py" line="19"/>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <location filename="../nav.py" line="19"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location filename="../nav.py" line="20"/>
        <source>Progress</source>
        <translation>Progrès</translation>
    </message>
    <message>
        <location filename="../nav.py" line="20"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../nav.py" line="21"/>
        <source>Written answers</source>
        <translation>Réponses écrites</translation>
    </message>
    <message>
        <location filename="../nav.py" line="22"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../nav.py" line="22"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../nav.py" line="27"/>
        <source>Answer interview questions out loud, recorded and analysed on this computer</source>
        <translation>Répondre à voix haute aux questions d&apos;entretien, enregistré et analysé sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../nav.py" line="28"/>
        <source>Your recorded answers: review, export or delete them</source>
        <translation>Vos réponses enregistrées : les revoir, les exporter ou les supprimer</translation>
    </message>
    <message>
        <location filename="../nav.py" line="29"/>
        <source>Two attempts at the same question side by side</source>
        <translation>Deux essais de la même question côte à côte</translation>
    </message>
    <message>
        <location filename="../nav.py" line="30"/>
        <source>Charts across sessions, weekly goals and your practice calendar</source>
        <translation>Courbes sur les séances, objectifs de la semaine et calendrier</translation>
    </message>
    <message>
        <location filename="../nav.py" line="31"/>
        <source>Feedback from real interviews and the points that recur</source>
        <translation>Retours des vrais entretiens et points qui reviennent</translation>
    </message>
    <message>
        <location filename="../nav.py" line="32"/>
        <source>Prepare an answer in writing with live STAR feedback</source>
        <translation>Préparer une réponse par écrit avec la grille STAR en direct</translation>
    </message>
    <message>
        <location filename="../nav.py" line="33"/>
        <source>Weekly plan, job ad and stories, two attempts word by word, one-way interview</source>
        <translation>Plan de la semaine, offre d&apos;emploi et histoires, deux essais mot à mot, entretien vidéo différé</translation>
    </message>
    <message>
        <location filename="../nav.py" line="35"/>
        <source>Language, camera, timers, accessibility and where data is kept</source>
        <translation>Langue, caméra, minuteurs, accessibilité et emplacement des données</translation>
    </message>
</context>
<context>
    <name>OneWayTab</name>
    <message>
        <location filename="../coach/one_way_tab.py" line="33"/>
        <source>As in a deferred video interview: each question appears with a fixed reading time, then recording starts by itself for a fixed answer time. One take: no re-recording and no skipping.</source>
        <translation>Comme dans un entretien vidéo différé : chaque question s&apos;affiche avec un temps de lecture fixe, puis l&apos;enregistrement démarre seul pour un temps de réponse fixe. Une seule prise : ni nouvel enregistrement, ni question passée.</translation>
    </message>
    <message>
        <location filename="../coach/one_way_tab.py" line="51"/>
        <source>Show the reading time counting down</source>
        <translation>Afficher le décompte du temps de lecture</translation>
    </message>
    <message>
        <location filename="../coach/one_way_tab.py" line="53"/>
        <source>Reading time:</source>
        <translation>Temps de lecture :</translation>
    </message>
    <message>
        <location filename="../coach/one_way_tab.py" line="54"/>
        <source>Answer time:</source>
        <translation>Temps de réponse :</translation>
    </message>
    <message>
        <location filename="../coach/one_way_tab.py" line="55"/>
        <source>Questions:</source>
        <translation>Questions :</translation>
    </message>
    <message>
        <location filename="../coach/one_way_tab.py" line="56"/>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location filename="../coach/one_way_tab.py" line="59"/>
        <source>Start a one-way interview</source>
        <translation>Commencer un entretien vidéo différé</translation>
    </message>
    <message>
        <location filename="../coach/one_way_tab.py" line="62"/>
        <source>How you used the time</source>
        <translation>Comment vous avez utilisé le temps</translation>
    </message>
    <message>
        <location filename="../coach/one_way_tab.py" line="66"/>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <location filename="../coach/one_way_tab.py" line="66"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../coach/one_way_tab.py" line="66"/>
        <source>To start speaking</source>
        <translation>Avant de parler</translation>
    </message>
    <message>
        <location filename="../coach/one_way_tab.py" line="67"/>
        <source>Unused time</source>
        <translation>Temps non utilisé</translation>
    </message>
    <message>
        <location filename="../coach/one_way_tab.py" line="67"/>
        <source>Cut while speaking</source>
        <translation>Coupé en pleine phrase</translation>
    </message>
    <message>
        <location filename="../coach/one_way_tab.py" line="68"/>
        <source>Stopped by</source>
        <translation>Arrêté par</translation>
    </message>
    <message>
        <location filename="../coach/one_way_tab.py" line="82"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../coach/one_way_tab.py" line="82"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../coach/one_way_tab.py" line="83"/>
        <source>time limit</source>
        <translation>la limite de temps</translation>
    </message>
    <message>
        <location filename="../coach/one_way_tab.py" line="83"/>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <location filename="../coach/one_way_tab.py" line="92"/>
        <source>No one-way interview yet.</source>
        <translation>Aucun entretien vidéo différé pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../coach/one_way_tab.py" line="100"/>
        <source>One-way interview</source>
        <translation>Entretien vidéo différé</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <location filename="../review/pdf_export.py" line="70"/>
        <source>No transcript.</source>
        <extracomment>Rendered width of the timeline picture: narrow enough that its labels stay legible once scaled to the page. Width of that picture on the page, in document pixels: QTextDocument.print_ lays out A4 minus our 15 mm margins and its own 2 cm ones, about 530 px at 96 dpi; percentages are not supported for images. Width of one key frame on the page (two per row).</extracomment>
        <translation>Pas de transcription.</translation>
    </message>
    <message>
        <location filename="../review/pdf_export.py" line="71"/>
        <source>Interview answer review</source>
        <translation>Revue d’une réponse d’entretien</translation>
    </message>
    <message>
        <location filename="../review/pdf_export.py" line="72"/>
        <source>Top tips</source>
        <translation>Conseils principaux</translation>
    </message>
    <message>
        <location filename="../review/pdf_export.py" line="73"/>
        <source>No tips for this answer: nothing stood out.</source>
        <translation>Aucun conseil pour cette réponse : rien ne ressort.</translation>
    </message>
    <message>
        <location filename="../review/pdf_export.py" line="74"/>
        <source>Metrics</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <location filename="../review/pdf_export.py" line="75"/>
        <source>Metric</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location filename="../review/pdf_export.py" line="76"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../review/pdf_export.py" line="77"/>
        <source>Target band</source>
        <translation>Plage cible</translation>
    </message>
    <message>
        <location filename="../review/pdf_export.py" line="78"/>
        <source>Source of the band</source>
        <translation>Source de la plage</translation>
    </message>
    <message>
        <location filename="../review/pdf_export.py" line="79"/>
        <source>STAR checklist</source>
        <translation>Grille STAR</translation>
    </message>
    <message>
        <location filename="../review/pdf_export.py" line="80"/>
        <source>Result quantified</source>
        <translation>Résultat chiffré</translation>
    </message>
    <message>
        <location filename="../review/pdf_export.py" line="81"/>
        <source>Action told with “I”</source>
        <translation>Action racontée avec « je »</translation>
    </message>
    <message>
        <location filename="../review/pdf_export.py" line="82"/>
        <source>What a strong answer contains</source>
        <translation>Ce que contient une bonne réponse</translation>
    </message>
    <message>
        <location filename="../review/pdf_export.py" line="83"/>
        <source>Timeline</source>
        <translation>Frise</translation>
    </message>
    <message>
        <location filename="../review/pdf_export.py" line="84"/>
        <source>Key frames</source>
        <translation>Images clés</translation>
    </message>
    <message>
        <location filename="../review/pdf_export.py" line="85"/>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <location filename="../review/pdf_export.py" line="86"/>
        <source>Bold: filler · underlined: negative phrasing · italics: hedge</source>
        <translation>Gras : remplissage · souligné : formulation négative · italique : atténuation</translation>
    </message>
    <message>
        <location filename="../review/pdf_export.py" line="149"/>
        <source>Date: %1</source>
        <translation>Date : %1</translation>
    </message>
    <message>
        <location filename="../review/pdf_export.py" line="151"/>
        <source>Length: %1</source>
        <translation>Durée : %1</translation>
    </message>
    <message>
        <location filename="../review/pdf_export.py" line="153"/>
        <source>Language: %1</source>
        <translation>Langue : %1</translation>
    </message>
    <message>
        <location filename="../review/pdf_export.py" line="155"/>
        <source>Accessibility mode: eye contact and expression not scored</source>
        <translation>Mode accessibilité : regard et expression non évalués</translation>
    </message>
    <message>
        <location filename="../review/pdf_export.py" line="182"/>
        <source>not stated</source>
        <translation>non indiquée</translation>
    </message>
    <message>
        <location filename="../review/pdf_export.py" line="192"/>
        <source>present</source>
        <translation>présente</translation>
    </message>
    <message>
        <location filename="../review/pdf_export.py" line="192"/>
        <source>missing</source>
        <translation>absente</translation>
    </message>
    <message>
        <location filename="../review/pdf_export.py" line="196"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../review/pdf_export.py" line="196"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../review/pdf_export.py" line="196"/>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
</context>
<context>
    <name>PermissionDeniedDialog</name>
    <message>
        <location filename="../permission_dialog.py" line="28"/>
        <source>Camera and microphone</source>
        <translation>Caméra et micro</translation>
    </message>
    <message>
        <location filename="../permission_dialog.py" line="38"/>
        <source>Open system settings</source>
        <translation>Ouvrir les réglages du système</translation>
    </message>
    <message>
        <location filename="../permission_dialog.py" line="41"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../permission_dialog.py" line="43"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../permission_dialog.py" line="55"/>
        <source>Rebond is not allowed to use the camera and the microphone, so it cannot record your answer.</source>
        <translation>Rebond n&apos;a pas l&apos;autorisation d&apos;utiliser la caméra et le micro : il ne peut pas enregistrer votre réponse.</translation>
    </message>
    <message>
        <location filename="../permission_dialog.py" line="58"/>
        <source>Rebond is not allowed to use the camera, so it cannot record your answer.</source>
        <translation>Rebond n&apos;a pas l&apos;autorisation d&apos;utiliser la caméra : il ne peut pas enregistrer votre réponse.</translation>
    </message>
    <message>
        <location filename="../permission_dialog.py" line="59"/>
        <source>Rebond is not allowed to use the microphone, so it cannot record your answer.</source>
        <translation>Rebond n&apos;a pas l&apos;autorisation d&apos;utiliser le micro : il ne peut pas enregistrer votre réponse.</translation>
    </message>
    <message>
        <location filename="../permission_dialog.py" line="63"/>
        <source>Open System Settings, then Privacy &amp; Security, and turn on Rebond under Camera and under Microphone. Then choose Try again.</source>
        <translation>Ouvrez Réglages Système, puis Confidentialité et sécurité, et activez Rebond sous Caméra et sous Microphone. Puis choisissez Réessayer.</translation>
    </message>
    <message>
        <location filename="../permission_dialog.py" line="66"/>
        <source>Open Settings, then Privacy &amp; security, Camera and Microphone, and let desktop apps use them. Then choose Try again.</source>
        <translation>Ouvrez Paramètres, puis Confidentialité et sécurité, Caméra et Microphone, et autorisez les applications de bureau à les utiliser. Puis choisissez Réessayer.</translation>
    </message>
    <message>
        <location filename="../permission_dialog.py" line="69"/>
        <source>Check that the camera is connected and not used by another app, and that your system&apos;s privacy settings allow Rebond to use it. Then choose Try again.</source>
        <translation>Vérifiez que la caméra est branchée et qu&apos;aucune autre application ne l&apos;utilise, et que les réglages de confidentialité du système autorisent Rebond. Puis choisissez Réessayer.</translation>
    </message>
    <message>
        <location filename="../permission_dialog.py" line="71"/>
        <source>Recordings never leave your computer.</source>
        <translation>Les enregistrements ne quittent jamais votre ordinateur.</translation>
    </message>
</context>
<context>
    <name>PlanItemCard</name>
    <message>
        <location filename="../coach/plan_tab.py" line="35"/>
        <source>Drill</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <location filename="../coach/plan_tab.py" line="35"/>
        <source>Written task</source>
        <translation>Tâche écrite</translation>
    </message>
    <message>
        <location filename="../coach/plan_tab.py" line="35"/>
        <source>Monthly review</source>
        <translation>Bilan mensuel</translation>
    </message>
    <message>
        <location filename="../coach/plan_tab.py" line="36"/>
        <source>proposed</source>
        <translation>proposé</translation>
    </message>
    <message>
        <location filename="../coach/plan_tab.py" line="36"/>
        <source>accepted</source>
        <translation>accepté</translation>
    </message>
    <message>
        <location filename="../coach/plan_tab.py" line="36"/>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../coach/plan_tab.py" line="37"/>
        <source>skipped</source>
        <translation>écarté</translation>
    </message>
    <message>
        <location filename="../coach/plan_tab.py" line="37"/>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <location filename="../coach/plan_tab.py" line="51"/>
        <source>Why: </source>
        <translation>Pourquoi : </translation>
    </message>
    <message>
        <location filename="../coach/plan_tab.py" line="57"/>
        <source>%1 of %2 this week</source>
        <translation>%1 sur %2 cette semaine</translation>
    </message>
    <message>
        <location filename="../coach/plan_tab.py" line="61"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location filename="../coach/plan_tab.py" line="61"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../coach/plan_tab.py" line="61"/>
        <source>Skip</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <location filename="../coach/plan_tab.py" line="62"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../coach/plan_tab.py" line="80"/>
        <source>Next week</source>
        <translation>Semaine prochaine</translation>
    </message>
    <message>
        <location filename="../coach/plan_tab.py" line="81"/>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location filename="../coach/plan_tab.py" line="83"/>
        <source>Plan for:</source>
        <translation>Plan pour :</translation>
    </message>
    <message>
        <location filename="../coach/plan_tab.py" line="87"/>
        <source>Propose again</source>
        <translation>Proposer à nouveau</translation>
    </message>
    <message>
        <location filename="../coach/plan_tab.py" line="88"/>
        <source>Forget this week&apos;s decisions and build the proposals again from your data</source>
        <translation>Oublier les choix de cette semaine et refaire les propositions à partir de vos données</translation>
    </message>
    <message>
        <location filename="../coach/plan_tab.py" line="93"/>
        <source>Rebond proposes each week, from your journal, your latest measurements and your weekly goals, a few drills and one written task, and a monthly review at the start of each month. Each proposal says why it was chosen.</source>
        <translation>Chaque semaine, à partir de votre journal, de vos dernières mesures et de vos objectifs, Rebond propose quelques exercices et une tâche écrite, et un bilan au début de chaque mois. Chaque proposition dit pourquoi elle a été choisie.</translation>
    </message>
    <message>
        <location filename="../coach/plan_tab.py" line="112"/>
        <source>Week of %1 · %2 of %3 items complete · next monthly review %4</source>
        <translation>Semaine du %1 · %2 sur %3 éléments terminés · prochain bilan mensuel %4</translation>
    </message>
    <message>
        <location filename="../coach/plan_tab.py" line="134"/>
        <source>Edit the proposal</source>
        <translation>Modifier la proposition</translation>
    </message>
    <message>
        <location filename="../coach/plan_tab.py" line="134"/>
        <source>Your wording:</source>
        <translation>Votre formulation :</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../review/plan_view.py" line="28"/>
        <source>%1 of the %2 points of your written answer were said.</source>
        <translation>%1 des %2 points de votre réponse écrite ont été dits.</translation>
    </message>
    <message>
        <location filename="../review/plan_view.py" line="32"/>
        <source>Said</source>
        <translation>Dits</translation>
    </message>
    <message>
        <location filename="../review/plan_view.py" line="33"/>
        <source>Forgotten</source>
        <translation>Oubliés</translation>
    </message>
    <message>
        <location filename="../review/plan_view.py" line="34"/>
        <source>Added while speaking</source>
        <translation>Ajoutés à l’oral</translation>
    </message>
    <message>
        <location filename="../review/plan_view.py" line="43"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../review/plan_view.py" line="49"/>
        <source>Play from this moment</source>
        <translation>Lire à partir de ce moment</translation>
    </message>
</context>
<context>
    <name>PracticeCalendar</name>
    <message>
        <location filename="../widgets/charts.py" line="166"/>
        <source>%1: %2 answer(s)</source>
        <translation>%1 : %2 réponse(s)</translation>
    </message>
</context>
<context>
    <name>PracticeController</name>
    <message>
        <location filename="../../services/practice.py" line="303"/>
        <source>Time limit reached (%1 s): recording stopped.</source>
        <translation>Temps maximum atteint (%1 s) : enregistrement arrêté.</translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="394"/>
        <source>The recording could not be written completely; what was captured is kept.</source>
        <translation>L&apos;enregistrement n&apos;a pas pu être écrit en entier ; ce qui a été capté est conservé.</translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="314"/>
        <source>The disk is full: the recording stopped and what was recorded is kept. Free some space before recording again.</source>
        <translation>Le disque est plein : l’enregistrement s’est arrêté et ce qui a été enregistré est conservé. Libérez de la place avant d’enregistrer à nouveau.</translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="141"/>
        <source>One take only: this interview does not allow recording an answer again.</source>
        <extracomment>Time without progress (no chunk transcribed) after which a finishing live analysis is taken for stalled and the offline analysis takes over. A finish that keeps progressing is waited for: on a busy machine it only has the speech the worker had not reached left to do, and starting the whole answer over offline was slower (69-95 s). Design choice: a chunk takes 1.5-3.5 s here, 30 s on a very busy machine with a temperature fallback.</extracomment>
        <translation>Une seule prise : cet entretien ne permet pas d&apos;enregistrer de nouveau une réponse.</translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="143"/>
        <source>One take only: every question must be answered in this interview.</source>
        <translation>Une seule prise : il faut répondre à chaque question dans cet entretien.</translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="145"/>
        <source>The reading time is fixed in this interview: recording starts when it ends.</source>
        <translation>Le temps de lecture est fixe dans cet entretien : l&apos;enregistrement démarre à sa fin.</translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="318"/>
        <source>The recording could not be written (%1); what was recorded is kept.</source>
        <translation>L’enregistrement n’a pas pu être écrit (%1) ; ce qui a été enregistré est conservé.</translation>
    </message>
</context>
<context>
    <name>PracticeScreen</name>
    <message>
        <location filename="../screens/practice_screen.py" line="60"/>
        <source>Camera preview</source>
        <translation>Aperçu de la caméra</translation>
    </message>
    <message>
        <location filename="../screens/practice_screen.py" line="73"/>
        <source>Lights softly while your voice is heard</source>
        <translation>S&apos;allume doucement quand votre voix est entendue</translation>
    </message>
    <message>
        <location filename="../screens/practice_screen.py" line="78"/>
        <location filename="../screens/practice_screen.py" line="238"/>
        <source>Stop (Space)</source>
        <translation>Arrêter (Espace)</translation>
    </message>
    <message>
        <location filename="../screens/practice_screen.py" line="81"/>
        <source>Re-record</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <location filename="../screens/practice_screen.py" line="82"/>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <location filename="../screens/practice_screen.py" line="83"/>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <location filename="../screens/practice_screen.py" line="84"/>
        <source>End session</source>
        <translation>Terminer la séance</translation>
    </message>
    <message>
        <location filename="../screens/practice_screen.py" line="86"/>
        <source>Key: %1</source>
        <translation>Touche : %1</translation>
    </message>
    <message>
        <location filename="../screens/practice_screen.py" line="106"/>
        <source>This session</source>
        <translation>Cette séance</translation>
    </message>
    <message>
        <location filename="../screens/practice_screen.py" line="225"/>
        <source>Question %1 of %2</source>
        <translation>Question %1 sur %2</translation>
    </message>
    <message>
        <location filename="../screens/practice_screen.py" line="227"/>
        <source>SYNTHETIC DEMO: animated portrait and synthetic voice, not a real person</source>
        <translation>DÉMO SYNTHÉTIQUE : portrait animé et voix de synthèse, pas une vraie personne</translation>
    </message>
    <message>
        <location filename="../screens/practice_screen.py" line="238"/>
        <source>Record now (Space)</source>
        <translation>Enregistrer (Espace)</translation>
    </message>
    <message>
        <location filename="../screens/practice_screen.py" line="243"/>
        <source>Look at the camera lens for 3 seconds.</source>
        <translation>Regardez l&apos;objectif de la caméra pendant 3 secondes.</translation>
    </message>
    <message>
        <location filename="../screens/practice_screen.py" line="246"/>
        <source>Answer saved. Press N for the next question or R to record it again.</source>
        <translation>Réponse enregistrée. N pour la question suivante, R pour la recommencer.</translation>
    </message>
    <message>
        <location filename="../screens/practice_screen.py" line="252"/>
        <source>Recording 0:00</source>
        <translation>Enregistrement 0:00</translation>
    </message>
    <message>
        <location filename="../screens/practice_screen.py" line="259"/>
        <source>Calibration: %1 s</source>
        <translation>Calibrage : %1 s</translation>
    </message>
    <message>
        <location filename="../screens/practice_screen.py" line="261"/>
        <source>Recording starts in %1 s — take a breath</source>
        <translation>L&apos;enregistrement commence dans %1 s — respirez</translation>
    </message>
    <message>
        <location filename="../screens/practice_screen.py" line="264"/>
        <source>Recording %1 / %2</source>
        <translation>Enregistrement %1 / %2</translation>
    </message>
    <message>
        <location filename="../screens/practice_screen.py" line="275"/>
        <location filename="../screens/practice_screen.py" line="283"/>
        <location filename="../screens/practice_screen.py" line="293"/>
        <source>Answer %1: %2</source>
        <translation>Réponse %1 : %2</translation>
    </message>
</context>
<context>
    <name>ProgressScreen</name>
    <message>
        <location filename="../review/progress_screen.py" line="48"/>
        <source>Your progress</source>
        <extracomment>Goals offered to a new user (the practice/settings screen may replace them).</extracomment>
        <translation>Votre progression</translation>
    </message>
    <message>
        <location filename="../review/progress_screen.py" line="56"/>
        <source>No practice yet. Record an answer in Practice: your charts, goals and streak appear here after the first session.</source>
        <translation>Pas encore d’entraînement. Enregistrez une réponse dans Entraînement : vos courbes, objectifs et série apparaîtront ici après la première séance.</translation>
    </message>
    <message>
        <location filename="../review/progress_screen.py" line="74"/>
        <source>Practice</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../review/progress_screen.py" line="77"/>
        <source>Days in a row: %1</source>
        <translation>Jours d’affilée : %1</translation>
    </message>
    <message>
        <location filename="../review/progress_screen.py" line="80"/>
        <location filename="../review/progress_screen.py" line="87"/>
        <source>Last six weeks, Monday at the top</source>
        <translation>Six dernières semaines, lundi en haut</translation>
    </message>
    <message>
        <location filename="../review/progress_screen.py" line="98"/>
        <source>Practise on at least %1 days this week</source>
        <translation>S’entraîner au moins %1 jours cette semaine</translation>
    </message>
    <message>
        <location filename="../review/progress_screen.py" line="102"/>
        <source>%1 %2 %3 (this week&apos;s average)</source>
        <translation>%1 %2 %3 (moyenne de la semaine)</translation>
    </message>
    <message>
        <location filename="../review/progress_screen.py" line="106"/>
        <source>This week&apos;s goals</source>
        <translation>Objectifs de la semaine</translation>
    </message>
    <message>
        <location filename="../review/progress_screen.py" line="110"/>
        <source>No goals set. Pick one metric to work on, e.g. fillers under 3 per minute.</source>
        <translation>Aucun objectif. Choisissez une mesure à travailler, par exemple moins de 3 mots de remplissage par minute.</translation>
    </message>
    <message>
        <location filename="../review/progress_screen.py" line="114"/>
        <source>no answer this week yet</source>
        <translation>pas encore de réponse cette semaine</translation>
    </message>
    <message>
        <location filename="../review/progress_screen.py" line="116"/>
        <source>met (%1)</source>
        <translation>atteint (%1)</translation>
    </message>
    <message>
        <location filename="../review/progress_screen.py" line="118"/>
        <source>not yet (%1 so far)</source>
        <translation>pas encore (%1 pour l’instant)</translation>
    </message>
    <message>
        <location filename="../review/progress_screen.py" line="124"/>
        <source>Edit goals…</source>
        <translation>Modifier les objectifs…</translation>
    </message>
    <message>
        <location filename="../review/progress_screen.py" line="165"/>
        <source>your baseline</source>
        <translation>votre référence</translation>
    </message>
    <message>
        <location filename="../review/progress_screen.py" line="166"/>
        <source>goal</source>
        <translation>objectif</translation>
    </message>
    <message>
        <location filename="../review/progress_screen.py" line="167"/>
        <source>Not measured yet</source>
        <translation>Pas encore mesuré</translation>
    </message>
    <message>
        <location filename="../review/progress_screen.py" line="168"/>
        <source>Practise on another day to see a trend</source>
        <translation>Entraînez-vous un autre jour pour voir une tendance</translation>
    </message>
</context>
<context>
    <name>QuestionSetDialog</name>
    <message>
        <location filename="../question_sets_dialog.py" line="24"/>
        <source>My questions</source>
        <translation>Mes questions</translation>
    </message>
    <message>
        <location filename="../question_sets_dialog.py" line="27"/>
        <source>Write or paste your own questions, one per line (for example from a job posting). They are saved as a set you can choose on the home screen.</source>
        <translation>Écrivez ou collez vos propres questions, une par ligne (par exemple tirées d&apos;une offre d&apos;emploi). Elles forment une liste à choisir sur l&apos;écran d&apos;accueil.</translation>
    </message>
    <message>
        <location filename="../question_sets_dialog.py" line="32"/>
        <source>e.g. Data analyst at ACME</source>
        <translation>ex. : Analyste de données chez ACME</translation>
    </message>
    <message>
        <location filename="../question_sets_dialog.py" line="37"/>
        <source>Set name:</source>
        <translation>Nom de la liste :</translation>
    </message>
    <message>
        <location filename="../question_sets_dialog.py" line="38"/>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location filename="../question_sets_dialog.py" line="42"/>
        <source>Existing sets: </source>
        <translation>Listes existantes : </translation>
    </message>
    <message>
        <location filename="../question_sets_dialog.py" line="42"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../question_sets_dialog.py" line="54"/>
        <source>Give the set a name and at least one question.</source>
        <translation>Donnez un nom à la liste et au moins une question.</translation>
    </message>
</context>
<context>
    <name>ReportSummary</name>
    <message>
        <location filename="../screens/report_summary.py" line="37"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location filename="../screens/report_summary.py" line="39"/>
        <source>Show folder</source>
        <translation>Afficher le dossier</translation>
    </message>
    <message>
        <location filename="../screens/report_summary.py" line="50"/>
        <source>Answer %1: %2</source>
        <translation>Réponse %1 : %2</translation>
    </message>
    <message>
        <location filename="../screens/report_summary.py" line="54"/>
        <source>A strong answer contains</source>
        <translation>Une bonne réponse contient</translation>
    </message>
    <message>
        <location filename="../screens/report_summary.py" line="56"/>
        <source>Analysis: %1</source>
        <translation>Analyse : %1</translation>
    </message>
    <message>
        <location filename="../screens/report_summary.py" line="60"/>
        <source>Length: %1 s</source>
        <translation>Durée : %1 s</translation>
    </message>
    <message>
        <location filename="../screens/report_summary.py" line="62"/>
        <source>Synthetic demo material (animated portrait, synthetic voice).</source>
        <translation>Démonstration synthétique (portrait animé, voix de synthèse).</translation>
    </message>
    <message>
        <location filename="../screens/report_summary.py" line="64"/>
        <source>No report yet for this answer.</source>
        <translation>Pas encore de rapport pour cette réponse.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../review/pages/review_page.py" line="34"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location filename="../review/pages/review_page.py" line="40"/>
        <source>&amp;Compare attempts</source>
        <translation>&amp;Comparer les essais</translation>
    </message>
    <message>
        <location filename="../review/pages/review_page.py" line="42"/>
        <source>Side by side with your other attempts at this question</source>
        <translation>Côte à côte avec vos autres essais de cette question</translation>
    </message>
    <message>
        <location filename="../review/pages/review_page.py" line="43"/>
        <source>Answer this question again to compare the two attempts</source>
        <translation>Répondez encore à cette question pour comparer les deux essais</translation>
    </message>
    <message>
        <location filename="../review/pages/review_page.py" line="45"/>
        <source>&amp;Practise again</source>
        <translation>S&apos;entraîner à &amp;nouveau</translation>
    </message>
    <message>
        <location filename="../review/pages/review_page.py" line="46"/>
        <source>Record a new attempt at this question</source>
        <translation>Enregistrer un nouvel essai de cette question</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../review/review_screen.py" line="121"/>
        <source>Review of your answer</source>
        <translation>Revue de votre réponse</translation>
    </message>
    <message>
        <location filename="../review/review_screen.py" line="132"/>
        <source>Written answer: there is no recording to play; the transcript, STAR checklist, metrics and tips below still apply.</source>
        <translation>Réponse écrite : il n’y a pas d’enregistrement à lire ; la transcription, la grille STAR, les mesures et les conseils ci-dessous restent valables.</translation>
    </message>
    <message>
        <location filename="../review/review_screen.py" line="135"/>
        <source>Accessibility mode: eye contact and expression are not scored.</source>
        <translation>Mode accessibilité : le regard et l’expression ne sont pas évalués.</translation>
    </message>
    <message>
        <location filename="../review/review_screen.py" line="148"/>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../review/review_screen.py" line="150"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../review/review_screen.py" line="156"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../review/review_screen.py" line="162"/>
        <source>Show folder</source>
        <translation>Afficher le dossier</translation>
    </message>
    <message>
        <location filename="../review/review_screen.py" line="185"/>
        <source>Delete this answer</source>
        <translation>Supprimer cette réponse</translation>
    </message>
    <message>
        <location filename="../review/review_screen.py" line="192"/>
        <source>Delete this answer: its recording, its analysis and its metrics? This cannot be undone.</source>
        <translation>Supprimer cette réponse : son enregistrement, son analyse et ses mesures ? C’est définitif.</translation>
    </message>
    <message>
        <location filename="../review/review_screen.py" line="217"/>
        <source>The recording could not be found at %1. The timeline and transcript still work; record the question again to see yourself.</source>
        <translation>L’enregistrement est introuvable à %1. La frise et la transcription fonctionnent toujours ; enregistrez de nouveau la question pour vous revoir.</translation>
    </message>
    <message>
        <location filename="../review/review_screen.py" line="220"/>
        <source>No recording for this answer. Click the timeline or a word to move through the answer; record the question again to see yourself.</source>
        <translation>Pas d’enregistrement pour cette réponse. Cliquez sur la frise ou sur un mot pour parcourir la réponse ; enregistrez de nouveau la question pour vous revoir.</translation>
    </message>
    <message>
        <location filename="../review/review_screen.py" line="238"/>
        <source>Top tips</source>
        <translation>Conseils principaux</translation>
    </message>
    <message>
        <location filename="../review/review_screen.py" line="242"/>
        <source>play</source>
        <translation>lire</translation>
    </message>
    <message>
        <location filename="../review/review_screen.py" line="255"/>
        <source>No tips for this answer: nothing stood out.</source>
        <translation>Aucun conseil pour cette réponse : rien ne ressort.</translation>
    </message>
    <message>
        <location filename="../review/review_screen.py" line="266"/>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <location filename="../review/review_screen.py" line="270"/>
        <source>STAR</source>
        <translation>STAR</translation>
    </message>
    <message>
        <location filename="../review/review_screen.py" line="276"/>
        <source>Metrics</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <location filename="../review/review_screen.py" line="283"/>
        <source>Your plan</source>
        <translation>Votre plan</translation>
    </message>
    <message>
        <location filename="../review/review_screen.py" line="305"/>
        <source>filler</source>
        <translation>remplissage</translation>
    </message>
    <message>
        <location filename="../review/review_screen.py" line="305"/>
        <source>hedge</source>
        <translation>atténuation</translation>
    </message>
    <message>
        <location filename="../review/review_screen.py" line="305"/>
        <source>negative phrasing</source>
        <translation>formulation négative</translation>
    </message>
    <message>
        <location filename="../review/review_screen.py" line="316"/>
        <source>not analysed for this answer</source>
        <translation>non analysé pour cette réponse</translation>
    </message>
    <message>
        <location filename="../review/review_screen.py" line="319"/>
        <source>not visible — sit back so your shoulders are in frame</source>
        <translation>pas visible — reculez pour que vos épaules soient dans le cadre</translation>
    </message>
    <message>
        <location filename="../review/review_screen.py" line="321"/>
        <source>nothing found</source>
        <translation>rien de relevé</translation>
    </message>
    <message>
        <location filename="../review/review_screen.py" line="323"/>
        <source>no timing in a written answer</source>
        <translation>pas de minutage dans une réponse écrite</translation>
    </message>
    <message>
        <location filename="../review/review_screen.py" line="366"/>
        <source>Cannot play the recording: %1</source>
        <translation>Lecture impossible : %1</translation>
    </message>
    <message>
        <location filename="../review/review_screen.py" line="401"/>
        <location filename="../review/review_screen.py" line="405"/>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location filename="../review/review_screen.py" line="401"/>
        <location filename="../review/review_screen.py" line="405"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../review/review_screen.py" line="419"/>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location filename="../review/review_screen.py" line="419"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>SessionTable</name>
    <message>
        <location filename="../screens/session_table.py" line="31"/>
        <source>#</source>
        <translation>n°</translation>
    </message>
    <message>
        <location filename="../screens/session_table.py" line="31"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../screens/session_table.py" line="31"/>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../screens/session_table.py" line="31"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>SessionsScreen</name>
    <message>
        <location filename="../screens/sessions_screen.py" line="37"/>
        <source>Past sessions</source>
        <translation>Séances passées</translation>
    </message>
    <message>
        <location filename="../screens/sessions_screen.py" line="43"/>
        <source>No sessions yet. Go to Practice (Ctrl+1) and record your first answer, or import a recording made elsewhere (Ctrl+I). Each session appears here with its answers, ready to review once analysed.</source>
        <translation>Aucune séance pour l&apos;instant. Allez dans Entraînement (Ctrl+1) pour enregistrer une première réponse, ou importez un enregistrement fait ailleurs (Ctrl+I). Chaque séance apparaît ici avec ses réponses, à revoir dès qu&apos;elles sont analysées.</translation>
    </message>
    <message>
        <location filename="../screens/sessions_screen.py" line="63"/>
        <source>&amp;Open answer</source>
        <translation>&amp;Ouvrir la réponse</translation>
    </message>
    <message>
        <location filename="../screens/sessions_screen.py" line="64"/>
        <source>&amp;Analyse again</source>
        <translation>&amp;Analyser à nouveau</translation>
    </message>
    <message>
        <location filename="../screens/sessions_screen.py" line="65"/>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../screens/sessions_screen.py" line="66"/>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../screens/sessions_screen.py" line="67"/>
        <source>Delete a&amp;nswer…</source>
        <translation>Supprimer la ré&amp;ponse…</translation>
    </message>
    <message>
        <location filename="../screens/sessions_screen.py" line="68"/>
        <source>&amp;Delete session…</source>
        <translation>&amp;Supprimer la séance…</translation>
    </message>
    <message>
        <location filename="../screens/sessions_screen.py" line="82"/>
        <source>Your recordings and reports stay on this computer.</source>
        <translation>Vos enregistrements et vos bilans restent sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../screens/sessions_screen.py" line="88"/>
        <source>Show &amp;folder</source>
        <translation>Afficher le &amp;dossier</translation>
    </message>
    <message>
        <location filename="../screens/sessions_screen.py" line="89"/>
        <source>Open the data folder in the file manager</source>
        <translation>Ouvrir le dossier des données dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <location filename="../screens/sessions_screen.py" line="158"/>
        <source>Delete session</source>
        <translation>Supprimer la séance</translation>
    </message>
    <message>
        <location filename="../screens/sessions_screen.py" line="159"/>
        <source>Delete this session with all its recordings, reports and metrics? This cannot be undone.</source>
        <translation>Supprimer cette séance avec tous ses enregistrements, rapports et mesures ? C&apos;est définitif.</translation>
    </message>
    <message>
        <location filename="../screens/sessions_screen.py" line="169"/>
        <source>Delete answer</source>
        <translation>Supprimer la réponse</translation>
    </message>
    <message>
        <location filename="../screens/sessions_screen.py" line="169"/>
        <source>Delete this answer with its recording and report?</source>
        <translation>Supprimer cette réponse avec son enregistrement et son rapport ?</translation>
    </message>
    <message>
        <location filename="../screens/sessions_screen.py" line="183"/>
        <source>Nothing to export</source>
        <translation>Rien à exporter</translation>
    </message>
    <message>
        <location filename="../screens/sessions_screen.py" line="184"/>
        <source>No answer of this session is analysed yet.</source>
        <translation>Aucune réponse de cette séance n&apos;est encore analysée.</translation>
    </message>
    <message>
        <location filename="../screens/sessions_screen.py" line="204"/>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location filename="../screens/sessions_screen.py" line="204"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../screens/sessions_screen.py" line="207"/>
        <source>PDF written: %1</source>
        <translation>PDF enregistré : %1</translation>
    </message>
    <message>
        <location filename="../screens/sessions_screen.py" line="224"/>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location filename="../screens/sessions_screen.py" line="224"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../screens/sessions_screen.py" line="226"/>
        <source>CSV written: %1</source>
        <translation>CSV enregistré : %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="28"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="34"/>
        <source>Rebond offers to restart to show the new language.</source>
        <translation>Rebond propose de redémarrer pour afficher la nouvelle langue.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="37"/>
        <source>Detect automatically</source>
        <translation>Détection automatique</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="48"/>
        <source>Default 2 minutes: coaching guides advise answers of about 1 to 2 minutes.</source>
        <translation>2 minutes par défaut : les guides d&apos;entretien conseillent des réponses d&apos;environ 1 à 2 minutes.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="51"/>
        <source>Balanced (recommended)</source>
        <translation>Équilibrée (conseillée)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="51"/>
        <source>Fastest, English only</source>
        <translation>La plus rapide, anglais seulement</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="52"/>
        <source>More accurate (slower)</source>
        <translation>Plus précise (plus lente)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="52"/>
        <source>Very accurate (much slower)</source>
        <translation>Très précise (beaucoup plus lente)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="53"/>
        <source>Most accurate (very slow)</source>
        <translation>La plus précise (très lente)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="57"/>
        <source> (not downloaded)</source>
        <translation> (non téléchargé)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="58"/>
        <source>Accessibility mode: no eye-contact or facial-expression scoring</source>
        <translation>Mode accessibilité : pas d&apos;évaluation du regard ni des expressions du visage</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="59"/>
        <source>Analyse while recording (feedback a few seconds after Stop)</source>
        <translation>Analyser pendant l&apos;enregistrement (retour quelques secondes après l&apos;arrêt)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="60"/>
        <source>Off: the whole answer is analysed after Stop, which takes longer on a long answer.</source>
        <translation>Désactivé : toute la réponse est analysée après l&apos;arrêt, ce qui prend plus de temps pour une longue réponse.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="61"/>
        <source>Gentle live cues while recording (only for clusters, never a score)</source>
        <translation>Repères discrets pendant l&apos;enregistrement (seulement pour des séries, jamais de score)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="62"/>
        <source>A discreet cue for several fillers within 30 s, a pace out of band for 20 s, or the gaze off the camera for over 5 s. Needs the analysis while recording.</source>
        <translation>Un repère discret pour plusieurs mots de remplissage en 30 s, un débit hors plage pendant 20 s, ou le regard hors de la caméra plus de 5 s. Nécessite l&apos;analyse pendant l&apos;enregistrement.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="66"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="70"/>
        <source>Interface language:</source>
        <translation>Langue de l&apos;interface :</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="71"/>
        <source>Analysis language:</source>
        <translation>Langue de l&apos;analyse :</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="72"/>
        <source>Camera:</source>
        <translation>Caméra :</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="73"/>
        <source>Microphone:</source>
        <translation>Micro :</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="74"/>
        <source>Check camera and microphone…</source>
        <translation>Vérifier la caméra et le micro…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="77"/>
        <source>Preparation time:</source>
        <translation>Temps de préparation :</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="78"/>
        <source>Answer time limit:</source>
        <translation>Durée maximale d&apos;une réponse :</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="79"/>
        <source>Transcription:</source>
        <translation>Transcription :</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="83"/>
        <source>Data folder:</source>
        <translation>Dossier des données :</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="105"/>
        <source>Default camera</source>
        <translation>Caméra par défaut</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="105"/>
        <source>No camera found</source>
        <translation>Aucune caméra trouvée</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="108"/>
        <source>Default microphone</source>
        <translation>Micro par défaut</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="108"/>
        <source>No microphone found</source>
        <translation>Aucun micro trouvé</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="112"/>
        <source>A fake camera (video file) is in use for this run.</source>
        <translation>Une fausse caméra (fichier vidéo) est utilisée.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../shortcuts_dialog.py" line="18"/>
        <source>Practice, Sessions, Compare, Progress, Journal, Written answers, Settings</source>
        <translation>Entraînement, Séances, Comparer, Progrès, Journal, Réponses écrites, Réglages</translation>
    </message>
    <message>
        <location filename="../shortcuts_dialog.py" line="19"/>
        <source>New practice</source>
        <translation>Nouvel entraînement</translation>
    </message>
    <message>
        <location filename="../shortcuts_dialog.py" line="20"/>
        <source>Import a recording</source>
        <translation>Importer un enregistrement</translation>
    </message>
    <message>
        <location filename="../shortcuts_dialog.py" line="21"/>
        <source>Past sessions</source>
        <translation>Séances passées</translation>
    </message>
    <message>
        <location filename="../shortcuts_dialog.py" line="22"/>
        <source>Practice: stop the recording · Review: play / pause</source>
        <translation>Entraînement : arrêter l&apos;enregistrement · Revue : lecture / pause</translation>
    </message>
    <message>
        <location filename="../shortcuts_dialog.py" line="23"/>
        <source>Practice: record again / skip / next question</source>
        <translation>Entraînement : recommencer / passer / question suivante</translation>
    </message>
    <message>
        <location filename="../shortcuts_dialog.py" line="24"/>
        <source>Review: play / pause</source>
        <translation>Revue : lecture / pause</translation>
    </message>
    <message>
        <location filename="../shortcuts_dialog.py" line="25"/>
        <source>Review: back / forward 5 s</source>
        <translation>Revue : reculer / avancer de 5 s</translation>
    </message>
    <message>
        <location filename="../shortcuts_dialog.py" line="26"/>
        <source>Review: previous / next frame</source>
        <translation>Revue : image précédente / suivante</translation>
    </message>
    <message>
        <location filename="../shortcuts_dialog.py" line="27"/>
        <source>Review: slower / faster (0.5× to 2×)</source>
        <translation>Revue : plus lent / plus rapide (0,5× à 2×)</translation>
    </message>
    <message>
        <location filename="../shortcuts_dialog.py" line="28"/>
        <source>Review: next / previous mark on the timeline</source>
        <translation>Revue : repère suivant / précédent sur la frise</translation>
    </message>
    <message>
        <location filename="../shortcuts_dialog.py" line="29"/>
        <source>Review: back to the start</source>
        <translation>Revue : retour au début</translation>
    </message>
    <message>
        <location filename="../shortcuts_dialog.py" line="30"/>
        <source>This list</source>
        <translation>Cette liste</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../shortcuts_dialog.py" line="37"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../shortcuts_dialog.py" line="40"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../shortcuts_dialog.py" line="40"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>StarChecklist</name>
    <message>
        <location filename="../widgets/star_checklist.py" line="51"/>
        <source>Situation</source>
        <extracomment>Evidence links shown per STAR part (a part rarely comes in more than two pieces).</extracomment>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../widgets/star_checklist.py" line="51"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../widgets/star_checklist.py" line="51"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../widgets/star_checklist.py" line="51"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../widgets/star_checklist.py" line="78"/>
        <source>No STAR analysis for this answer: it needs a transcript. Record or type an answer of a few sentences, then open its review again.</source>
        <translation>Pas d’analyse STAR pour cette réponse : il faut une transcription. Enregistrez ou tapez une réponse de quelques phrases, puis rouvrez sa revue.</translation>
    </message>
    <message>
        <location filename="../widgets/star_checklist.py" line="97"/>
        <source>present</source>
        <translation>présente</translation>
    </message>
    <message>
        <location filename="../widgets/star_checklist.py" line="97"/>
        <source>missing</source>
        <translation>absente</translation>
    </message>
    <message>
        <location filename="../widgets/star_checklist.py" line="103"/>
        <source>Share of the answer&apos;s time</source>
        <translation>Part du temps de la réponse</translation>
    </message>
    <message>
        <location filename="../widgets/star_checklist.py" line="119"/>
        <source>Play this part</source>
        <translation>Lire ce passage</translation>
    </message>
    <message>
        <location filename="../widgets/star_checklist.py" line="119"/>
        <source>Show this part in the transcript</source>
        <translation>Montrer ce passage dans la transcription</translation>
    </message>
    <message>
        <location filename="../widgets/star_checklist.py" line="123"/>
        <source>Not found in this answer.</source>
        <translation>Absente de cette réponse.</translation>
    </message>
    <message>
        <location filename="../widgets/star_checklist.py" line="133"/>
        <source>Result quantified (number, %, money, time, rank)</source>
        <translation>Résultat chiffré (nombre, %, montant, durée, rang)</translation>
    </message>
    <message>
        <location filename="../widgets/star_checklist.py" line="137"/>
        <source>(“I” ×%1, “we” ×%2)</source>
        <translation>(« je » ×%1, « nous » ×%2)</translation>
    </message>
    <message>
        <location filename="../widgets/star_checklist.py" line="138"/>
        <source>Action told with “I” rather than “we”</source>
        <translation>Action racontée avec « je » plutôt que « nous »</translation>
    </message>
    <message>
        <location filename="../widgets/star_checklist.py" line="140"/>
        <source>What a strong answer contains</source>
        <translation>Ce que contient une bonne réponse</translation>
    </message>
    <message>
        <location filename="../widgets/star_checklist.py" line="150"/>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <location filename="../widgets/star_checklist.py" line="152"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../widgets/star_checklist.py" line="152"/>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../widgets/answer_feedback.py" line="29"/>
        <source>Starting the analysis</source>
        <translation>Démarrage de l&apos;analyse</translation>
    </message>
    <message>
        <location filename="../widgets/answer_feedback.py" line="30"/>
        <source>Reading the recording</source>
        <translation>Lecture de l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../widgets/answer_feedback.py" line="31"/>
        <source>Loading the speech model</source>
        <translation>Chargement du modèle de reconnaissance vocale</translation>
    </message>
    <message>
        <location filename="../widgets/answer_feedback.py" line="32"/>
        <location filename="../widgets/answer_feedback.py" line="33"/>
        <source>Reading the sound</source>
        <translation>Lecture du son</translation>
    </message>
    <message>
        <location filename="../widgets/answer_feedback.py" line="34"/>
        <location filename="../widgets/answer_feedback.py" line="35"/>
        <source>Writing down your words</source>
        <translation>Transcription de vos paroles</translation>
    </message>
    <message>
        <location filename="../widgets/answer_feedback.py" line="36"/>
        <location filename="../widgets/answer_feedback.py" line="37"/>
        <source>Looking at fillers, pace and structure</source>
        <translation>Analyse des tics de langage, du débit et de la structure</translation>
    </message>
    <message>
        <location filename="../widgets/answer_feedback.py" line="38"/>
        <location filename="../widgets/answer_feedback.py" line="40"/>
        <source>Looking at eye contact and posture</source>
        <translation>Analyse du regard et de la posture</translation>
    </message>
    <message>
        <location filename="../widgets/answer_feedback.py" line="39"/>
        <source>Reading the calibration</source>
        <translation>Lecture du calibrage</translation>
    </message>
    <message>
        <location filename="../widgets/answer_feedback.py" line="41"/>
        <source>Finishing the analysis of the end</source>
        <translation>Analyse de la fin de la réponse</translation>
    </message>
    <message>
        <location filename="../widgets/answer_feedback.py" line="42"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../widgets/answer_feedback.py" line="44"/>
        <source>Analysing</source>
        <translation>Analyse en cours</translation>
    </message>
</context>
<context>
    <name>SummaryScreen</name>
    <message>
        <location filename="../screens/summary.py" line="20"/>
        <source>Session summary</source>
        <translation>Bilan de la séance</translation>
    </message>
    <message>
        <location filename="../screens/summary.py" line="34"/>
        <source>&amp;Open answer</source>
        <translation>&amp;Ouvrir la réponse</translation>
    </message>
    <message>
        <location filename="../screens/summary.py" line="35"/>
        <source>&amp;Analyse again</source>
        <translation>&amp;Analyser à nouveau</translation>
    </message>
    <message>
        <location filename="../screens/summary.py" line="36"/>
        <source>&amp;Home</source>
        <translation>&amp;Accueil</translation>
    </message>
    <message>
        <location filename="../screens/summary.py" line="51"/>
        <source> — synthetic demo</source>
        <translation> — démo synthétique</translation>
    </message>
    <message>
        <location filename="../screens/summary.py" line="52"/>
        <source>%1 answer(s) recorded. Analyses run in the background; you can open an answer as soon as it is analysed.</source>
        <translation>%1 réponse(s) enregistrée(s). Les analyses tournent en arrière-plan ; chaque réponse s&apos;ouvre dès qu&apos;elle est analysée.</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../widgets/timeline.py" line="48"/>
        <source>Annotated timeline</source>
        <extracomment>A mark narrower than this is widened (centred on its start) so that every mark can be hovered and clicked. How many times the widget was painted (tests and the open-time measurement wait for the first paint). False for a static picture (the PDF): no playhead.</extracomment>
        <translation>Frise annotée</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../widgets/transcript_view.py" line="38"/>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <location filename="../widgets/transcript_view.py" line="49"/>
        <source>No speech was transcribed for this answer. If you spoke, check that the microphone was on, then record the answer again.</source>
        <translation>Aucune parole n’a été transcrite pour cette réponse. Si vous avez parlé, vérifiez que le micro était actif, puis enregistrez de nouveau.</translation>
    </message>
    <message>
        <location filename="../widgets/transcript_view.py" line="85"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../widgets/transcript_view.py" line="85"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../widgets/transcript_view.py" line="85"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../widgets/transcript_view.py" line="85"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../widgets/transcript_view.py" line="90"/>
        <source>STAR: %1</source>
        <translation>STAR : %1</translation>
    </message>
    <message>
        <location filename="../widgets/transcript_view.py" line="96"/>
        <source>Hedge: softens the statement</source>
        <translation>Atténuation : adoucit l’affirmation</translation>
    </message>
    <message>
        <location filename="../widgets/transcript_view.py" line="101"/>
        <source>Negative phrasing</source>
        <translation>Formulation négative</translation>
    </message>
    <message>
        <location filename="../widgets/transcript_view.py" line="103"/>
        <source>Try: %1</source>
        <translation>Essayez : %1</translation>
    </message>
    <message>
        <location filename="../widgets/transcript_view.py" line="111"/>
        <source>Filler: “%1”</source>
        <translation>Remplissage : « %1 »</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <location filename="../review/transport.py" line="34"/>
        <source>Play / pause (Space)</source>
        <translation>Lecture / pause (Espace)</translation>
    </message>
    <message>
        <location filename="../review/transport.py" line="35"/>
        <source>Back 5 s (Left)</source>
        <translation>Reculer de 5 s (Gauche)</translation>
    </message>
    <message>
        <location filename="../review/transport.py" line="36"/>
        <source>Previous frame (,)</source>
        <translation>Image précédente (,)</translation>
    </message>
    <message>
        <location filename="../review/transport.py" line="38"/>
        <source>Next frame (.)</source>
        <translation>Image suivante (.)</translation>
    </message>
    <message>
        <location filename="../review/transport.py" line="39"/>
        <source>Forward 5 s (Right)</source>
        <translation>Avancer de 5 s (Droite)</translation>
    </message>
    <message>
        <location filename="../review/transport.py" line="42"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../review/transport.py" line="51"/>
        <source>Playback speed ([ and ])</source>
        <translation>Vitesse de lecture ([ et ])</translation>
    </message>
</context>
<context>
    <name>WrittenAnswerBuilder</name>
    <message>
        <location filename="../review/written_builder.py" line="62"/>
        <source>Written answer</source>
        <translation>Réponse écrite</translation>
    </message>
    <message>
        <location filename="../review/written_builder.py" line="78"/>
        <source>Type or paste your answer here. Tell the situation, your task, what you did yourself, and the result — with a number if you can.</source>
        <translation>Tapez ou collez votre réponse ici. Racontez la situation, votre tâche, ce que vous avez fait vous-même et le résultat — chiffré si possible.</translation>
    </message>
    <message>
        <location filename="../review/written_builder.py" line="83"/>
        <source>Language: automatic</source>
        <translation>Langue : automatique</translation>
    </message>
    <message>
        <location filename="../review/written_builder.py" line="83"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../review/written_builder.py" line="84"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../review/written_builder.py" line="90"/>
        <source>Save with the question</source>
        <translation>Enregistrer avec la question</translation>
    </message>
    <message>
        <location filename="../review/written_builder.py" line="108"/>
        <source>Wording</source>
        <translation>Formulation</translation>
    </message>
    <message>
        <location filename="../review/written_builder.py" line="126"/>
        <source>Live analysis is not available in this build; you can still write and save your answer.</source>
        <translation>L’analyse en direct n’est pas disponible dans cette version ; vous pouvez quand même écrire et enregistrer votre réponse.</translation>
    </message>
    <message>
        <location filename="../review/written_builder.py" line="153"/>
        <source>The analysis failed on this text; your answer is not lost.</source>
        <translation>L’analyse a échoué sur ce texte ; votre réponse n’est pas perdue.</translation>
    </message>
    <message>
        <location filename="../review/written_builder.py" line="156"/>
        <source>Analysed.</source>
        <translation>Analysé.</translation>
    </message>
    <message>
        <location filename="../review/written_builder.py" line="163"/>
        <source>Start typing: the STAR parts, a quantified result, negative phrasing and hedges are checked as you write.</source>
        <translation>Commencez à écrire : les parties STAR, un résultat chiffré, les formulations négatives et les atténuations sont vérifiés au fil de la saisie.</translation>
    </message>
    <message>
        <location filename="../review/written_builder.py" line="169"/>
        <source>Negative phrasing</source>
        <translation>Formulation négative</translation>
    </message>
    <message>
        <location filename="../review/written_builder.py" line="169"/>
        <source>Hedge</source>
        <translation>Atténuation</translation>
    </message>
    <message>
        <location filename="../review/written_builder.py" line="173"/>
        <source>Try: %1</source>
        <translation>Essayez : %1</translation>
    </message>
    <message>
        <location filename="../review/written_builder.py" line="179"/>
        <source>No negative phrasing or hedge found.</source>
        <translation>Aucune formulation négative ni atténuation trouvée.</translation>
    </message>
    <message>
        <location filename="../review/written_builder.py" line="234"/>
        <source>Nothing to save yet: write your answer first.</source>
        <translation>Rien à enregistrer : écrivez d’abord votre réponse.</translation>
    </message>
    <message>
        <location filename="../review/written_builder.py" line="246"/>
        <source>Saved with the question.</source>
        <translation>Enregistré avec la question.</translation>
    </message>
</context>
<context>
    <name>WrittenPage</name>
    <message>
        <location filename="../review/pages/written_page.py" line="35"/>
        <source>Written answers</source>
        <translation>Réponses écrites</translation>
    </message>
    <message>
        <location filename="../review/pages/written_page.py" line="36"/>
        <source>Prepare an answer in writing before saying it out loud. The STAR parts, a quantified result, negative phrasing and hedges are checked as you type.</source>
        <translation>Préparez une réponse par écrit avant de la dire à voix haute. Les parties STAR, un résultat chiffré, les formulations négatives et les atténuations sont vérifiés pendant la saisie.</translation>
    </message>
    <message>
        <location filename="../review/pages/written_page.py" line="53"/>
        <source>Choose a question or type your own</source>
        <translation>Choisissez une question ou écrivez la vôtre</translation>
    </message>
    <message>
        <location filename="../review/pages/written_page.py" line="54"/>
        <source>&amp;Question:</source>
        <translation>&amp;Question :</translation>
    </message>
    <message>
        <location filename="../review/pages/written_page.py" line="59"/>
        <source>&amp;Delete saved answer…</source>
        <translation>&amp;Supprimer la réponse enregistrée…</translation>
    </message>
    <message>
        <location filename="../review/pages/written_page.py" line="60"/>
        <source>Delete the saved answer shown here (an older version, if any, is shown next).</source>
        <translation>Supprimer la réponse enregistrée affichée ici (la version précédente, s&apos;il y en a une, s&apos;affiche ensuite).</translation>
    </message>
    <message>
        <location filename="../review/pages/written_page.py" line="157"/>
        <source>Delete saved answer</source>
        <translation>Supprimer la réponse enregistrée</translation>
    </message>
    <message>
        <location filename="../review/pages/written_page.py" line="158"/>
        <source>Delete the saved answer to this question? This cannot be undone.</source>
        <translation>Supprimer la réponse enregistrée pour cette question ? Cette action est définitive.</translation>
    </message>
</context>
<context>
    <name>_Reporter</name>
    <message>
        <location filename="../excepthook.py" line="39"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location filename="../excepthook.py" line="42"/>
        <source>You can go on using Rebond. If it happens again, the log file helps to find out why.</source>
        <translation>Vous pouvez continuer à utiliser Rebond. Si cela se reproduit, le journal aide à en trouver la cause.</translation>
    </message>
    <message>
        <location filename="../excepthook.py" line="44"/>
        <source>Open log folder</source>
        <translation>Ouvrir le dossier du journal</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../messages.py" line="22"/>
        <source>No camera and no microphone were found. Plug them in and restart Rebond, or import a recording made elsewhere (File &gt; Import a recording).</source>
        <translation>Aucune caméra ni aucun micro trouvés. Branchez-les puis relancez Rebond, ou importez un enregistrement fait ailleurs (Fichier &gt; Importer un enregistrement).</translation>
    </message>
    <message>
        <location filename="../messages.py" line="26"/>
        <source>No camera was found. Check that it is plugged in and not used by another application.</source>
        <translation>Aucune caméra trouvée. Vérifiez qu&apos;elle est branchée et qu&apos;aucune autre application ne l&apos;utilise.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="28"/>
        <source>No microphone was found. Check that it is plugged in and allowed in your system settings.</source>
        <translation>Aucun micro trouvé. Vérifiez qu&apos;il est branché et autorisé dans les réglages du système.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="30"/>
        <source>The microphone could not be opened (permission denied or in use).</source>
        <translation>Le micro n&apos;a pas pu être ouvert (autorisation refusée ou déjà utilisé).</translation>
    </message>
    <message>
        <location filename="../messages.py" line="31"/>
        <source>Analysis cancelled.</source>
        <translation>Analyse annulée.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="32"/>
        <source>The recording file is missing, so it cannot be analysed.</source>
        <translation>Le fichier de l&apos;enregistrement est introuvable : il ne peut pas être analysé.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="33"/>
        <source>Nothing was recorded.</source>
        <translation>Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="34"/>
        <source>The recording could not be written completely; what was captured is kept.</source>
        <translation>L&apos;enregistrement n&apos;a pas pu être écrit en entier ; ce qui a été capté est conservé.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="50"/>
        <source>Something unexpected went wrong. What you recorded is kept; the details are in the log file.</source>
        <translation>Un problème inattendu est survenu. Ce que vous avez enregistré est conservé ; les détails sont dans le journal.</translation>
    </message>
</context>
<context>
    <name>sessions</name>
    <message>
        <location filename="../../services/sessions.py" line="40"/>
        <source>Session without answers</source>
        <translation>Séance sans réponse</translation>
    </message>
    <message>
        <location filename="../../services/sessions.py" line="49"/>
        <source>1 answer</source>
        <translation>1 réponse</translation>
    </message>
    <message>
        <location filename="../../services/sessions.py" line="50"/>
        <source>%1 answers</source>
        <translation>%1 réponses</translation>
    </message>
    <message>
        <location filename="../../services/sessions.py" line="51"/>
        <source> · synthetic demo</source>
        <translation> · démo synthétique</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../screens/session_table.py" line="12"/>
        <source>recording</source>
        <translation>enregistrement</translation>
    </message>
    <message>
        <location filename="../screens/session_table.py" line="13"/>
        <source>waiting for analysis</source>
        <translation>analyse en attente</translation>
    </message>
    <message>
        <location filename="../screens/session_table.py" line="14"/>
        <source>analysing</source>
        <translation>analyse en cours</translation>
    </message>
    <message>
        <location filename="../screens/session_table.py" line="15"/>
        <source>analysed</source>
        <translation>analysée</translation>
    </message>
    <message>
        <location filename="../screens/session_table.py" line="16"/>
        <source>interrupted (recording kept)</source>
        <translation>interrompue (enregistrement conservé)</translation>
    </message>
    <message>
        <location filename="../screens/session_table.py" line="17"/>
        <source>analysis failed</source>
        <translation>échec de l&apos;analyse</translation>
    </message>
    <message>
        <location filename="../screens/session_table.py" line="18"/>
        <source>analysis cancelled</source>
        <translation>analyse annulée</translation>
    </message>
</context>
</TS>
