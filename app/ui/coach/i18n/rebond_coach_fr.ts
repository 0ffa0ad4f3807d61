<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>AttemptsTab</name>
    <message>
        <location filename="../attempts_tab.py" line="40" />
        <source>Attempts:</source>
        <translation>Essais :</translation>
    </message>
    <message>
        <location filename="../attempts_tab.py" line="42" />
        <source>By STAR part</source>
        <translation>Par partie STAR</translation>
    </message>
    <message>
        <location filename="../attempts_tab.py" line="43" />
        <source>By answer time</source>
        <translation>Par temps de réponse</translation>
    </message>
    <message>
        <location filename="../attempts_tab.py" line="44" />
        <source>Align:</source>
        <translation>Aligner :</translation>
    </message>
    <message>
        <location filename="../attempts_tab.py" line="55" />
        <source>Green words are new in the later attempt, struck-out words were dropped. Written points are matched by shared words for now.</source>
        <translation>Les mots en vert sont nouveaux dans l'essai le plus récent, les mots barrés ont disparu. Les points écrits sont reconnus pour l'instant par leurs mots communs.</translation>
    </message>
    <message>
        <location filename="../attempts_tab.py" line="95" />
        <source>No analysed answer yet: practise a question twice to compare.</source>
        <translation>Aucune réponse analysée pour l'instant : répondez deux fois à une question pour comparer.</translation>
    </message>
    <message>
        <location filename="../attempts_tab.py" line="123" />
        <source>These attempts answer different questions.</source>
        <translation>Ces essais répondent à des questions différentes.</translation>
    </message>
    <message>
        <location filename="../attempts_tab.py" line="124" />
        <source>Metrics</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <location filename="../attempts_tab.py" line="125" />
        <source>improved</source>
        <translation>en progrès</translation>
    </message>
    <message>
        <location filename="../attempts_tab.py" line="125" />
        <source>worse</source>
        <translation>en recul</translation>
    </message>
    <message>
        <location filename="../attempts_tab.py" line="125" />
        <source>same</source>
        <translation>identique</translation>
    </message>
    <message>
        <location filename="../attempts_tab.py" line="128" />
        <source>Negative phrasings</source>
        <translation>Formulations négatives</translation>
    </message>
    <message>
        <location filename="../attempts_tab.py" line="128" />
        <source>Hedges</source>
        <translation>Atténuations</translation>
    </message>
    <message>
        <location filename="../attempts_tab.py" line="138" />
        <source>Transcript, by STAR part</source>
        <translation>Transcription, par partie STAR</translation>
    </message>
    <message>
        <location filename="../attempts_tab.py" line="138" />
        <source>Transcript, by answer time</source>
        <translation>Transcription, par temps de réponse</translation>
    </message>
    <message>
        <location filename="../attempts_tab.py" line="155" />
        <source>Your written plan, point by point</source>
        <translation>Votre plan écrit, point par point</translation>
    </message>
    <message>
        <location filename="../attempts_tab.py" line="156" />
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../attempts_tab.py" line="156" />
        <source>Earlier</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../attempts_tab.py" line="156" />
        <source>Later</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../attempts_tab.py" line="163" />
        <source>Added in the later attempt:</source>
        <translation>Ajouté dans l'essai le plus récent :</translation>
    </message>
    <message>
        <location filename="../attempts_tab.py" line="170" />
        <source>said at %1</source>
        <translation>dit à %1</translation>
    </message>
    <message>
        <location filename="../attempts_tab.py" line="172" />
        <source>forgotten</source>
        <translation>oublié</translation>
    </message>
</context>
<context>
    <name>Coach</name>
    <message>
        <location filename="../common.py" line="21" />
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../common.py" line="25" />
        <source>This could not be loaded: %1</source>
        <translation>Chargement impossible : %1</translation>
    </message>
    <message>
        <location filename="../plan_tab.py" line="158" />
        <source>This week's plan: %1 of %2 items complete · next monthly review %3</source>
        <translation>Plan de la semaine : %1 sur %2 éléments terminés · prochain bilan mensuel %3</translation>
    </message>
    <message>
        <location filename="../practice_extras.py" line="79" />
        <source>Read the question: recording starts by itself</source>
        <translation>Lisez la question : l'enregistrement démarre seul</translation>
    </message>
    <message>
        <location filename="../practice_extras.py" line="81" />
        <source>Reading time: %1 s, then recording starts by itself</source>
        <translation>Temps de lecture : %1 s, puis l'enregistrement démarre seul</translation>
    </message>
</context>
<context>
    <name>CoachPage</name>
    <message>
        <location filename="../coach_page.py" line="25" />
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../coach_page.py" line="31" />
        <source>Weekly plan</source>
        <translation>Plan de la semaine</translation>
    </message>
    <message>
        <location filename="../coach_page.py" line="32" />
        <source>Job ad and stories</source>
        <translation>Offre d'emploi et histoires</translation>
    </message>
    <message>
        <location filename="../coach_page.py" line="33" />
        <source>Two attempts, word by word</source>
        <translation>Deux essais, mot à mot</translation>
    </message>
    <message>
        <location filename="../coach_page.py" line="34" />
        <source>One-way interview</source>
        <translation>Entretien vidéo différé</translation>
    </message>
</context>
<context>
    <name>Cue</name>
    <message>
        <location filename="../practice_extras.py" line="20" />
        <source>Several fillers: a silent pause works too</source>
        <extracomment>How long a cue stays on screen. Design choice: long enough to read five words, short enough to stay discreet.</extracomment>
        <translation>Plusieurs mots de remplissage : un silence marche aussi</translation>
    </message>
    <message>
        <location filename="../practice_extras.py" line="21" />
        <source>Fast for a while: slow down a little</source>
        <translation>Rapide depuis un moment : ralentissez un peu</translation>
    </message>
    <message>
        <location filename="../practice_extras.py" line="22" />
        <source>Slow for a while: a little more pace</source>
        <translation>Lent depuis un moment : un peu plus de rythme</translation>
    </message>
    <message>
        <location filename="../practice_extras.py" line="23" />
        <source>Away from the lens for a while</source>
        <translation>Loin de l'objectif depuis un moment</translation>
    </message>
</context>
<context>
    <name>DualPlayer</name>
    <message>
        <location filename="../dual_player.py" line="33" />
        <location filename="../dual_player.py" line="65" />
        <location filename="../dual_player.py" line="78" />
        <source>Play both</source>
        <translation>Lire les deux</translation>
    </message>
    <message>
        <location filename="../dual_player.py" line="36" />
        <source>Jump both to:</source>
        <translation>Aller, dans les deux, à :</translation>
    </message>
    <message>
        <location filename="../dual_player.py" line="51" />
        <source>No recording</source>
        <translation>Pas d'enregistrement</translation>
    </message>
    <message>
        <location filename="../dual_player.py" line="58" />
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../dual_player.py" line="58" />
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../dual_player.py" line="58" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../dual_player.py" line="58" />
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../dual_player.py" line="78" />
        <source>Pause both</source>
        <translation>Mettre les deux en pause</translation>
    </message>
</context>
<context>
    <name>JobAdTab</name>
    <message>
        <location filename="../jobad_tab.py" line="37" />
        <source>Paste a job advertisement (French or English). Nothing leaves this computer.</source>
        <translation>Collez une offre d'emploi (en français ou en anglais). Rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../jobad_tab.py" line="40" />
        <source>e.g. We are looking for a team player who thrives under pressure…</source>
        <translation>ex. : Nous recherchons une personne à l'aise en équipe et sous pression…</translation>
    </message>
    <message>
        <location filename="../jobad_tab.py" line="43" />
        <source>Find the competencies</source>
        <translation>Trouver les compétences</translation>
    </message>
    <message>
        <location filename="../jobad_tab.py" line="52" />
        <source>Your story bank against this ad</source>
        <translation>Vos histoires face à cette offre</translation>
    </message>
    <message>
        <location filename="../jobad_tab.py" line="54" />
        <source>Competency</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <location filename="../jobad_tab.py" line="54" />
        <source>In the ad</source>
        <translation>Dans l'offre</translation>
    </message>
    <message>
        <location filename="../jobad_tab.py" line="54" />
        <source>Stories</source>
        <translation>Histoires</translation>
    </message>
    <message>
        <location filename="../jobad_tab.py" line="55" />
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <location filename="../jobad_tab.py" line="60" />
        <source>Questions to practise</source>
        <translation>Questions à travailler</translation>
    </message>
    <message>
        <location filename="../jobad_tab.py" line="63" />
        <source>Practise the gaps</source>
        <translation>Travailler les manques</translation>
    </message>
    <message>
        <location filename="../jobad_tab.py" line="64" />
        <source>A session with one question for each competency without a quantified story</source>
        <translation>Une séance avec une question pour chaque compétence sans histoire chiffrée</translation>
    </message>
    <message>
        <location filename="../jobad_tab.py" line="87" />
        <source>✓ quantified story</source>
        <translation>✓ histoire chiffrée</translation>
    </message>
    <message>
        <location filename="../jobad_tab.py" line="87" />
        <source>~ story without a number</source>
        <translation>~ histoire sans chiffre</translation>
    </message>
    <message>
        <location filename="../jobad_tab.py" line="88" />
        <source>✗ no story yet</source>
        <translation>✗ pas encore d'histoire</translation>
    </message>
    <message>
        <location filename="../jobad_tab.py" line="109" />
        <source>No competency of the lexicon was found in this text.</source>
        <translation>Aucune compétence du lexique n'a été trouvée dans ce texte.</translation>
    </message>
</context>
<context>
    <name>Nav</name>
    <message>
        <location filename="../../nav.py" line="15" />
        <source>Practice</source>
        <extracomment>Navigation keys in order; Ctrl+1… follow this order.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../nav.py" line="15" />
        <source>Sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../nav.py" line="15" />
        <source>Compare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../nav.py" line="16" />
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../nav.py" line="16" />
        <source>Journal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../nav.py" line="17" />
        <source>Written answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../nav.py" line="18" />
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../nav.py" line="18" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../nav.py" line="23" />
        <source>Answer interview questions out loud, recorded and analysed on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../nav.py" line="24" />
        <source>Your recorded answers: review, export or delete them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../nav.py" line="25" />
        <source>Two attempts at the same question side by side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../nav.py" line="26" />
        <source>Charts across sessions, weekly goals and your practice calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../nav.py" line="27" />
        <source>Feedback from real interviews and the points that recur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../nav.py" line="28" />
        <source>Prepare an answer in writing with live STAR feedback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../nav.py" line="29" />
        <source>Weekly plan, job ad and stories, two attempts word by word, one-way interview</source>
        <translation>Plan de la semaine, offre d'emploi et histoires, deux essais mot à mot, entretien vidéo différé</translation>
    </message>
    <message>
        <location filename="../../nav.py" line="31" />
        <source>Language, camera, timers, accessibility and where data is kept</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OneWayTab</name>
    <message>
        <location filename="../one_way_tab.py" line="33" />
        <source>As in a deferred video interview: each question appears with a fixed reading time, then recording starts by itself for a fixed answer time. One take: no re-recording and no skipping.</source>
        <translation>Comme dans un entretien vidéo différé : chaque question s'affiche avec un temps de lecture fixe, puis l'enregistrement démarre seul pour un temps de réponse fixe. Une seule prise : ni nouvel enregistrement, ni question passée.</translation>
    </message>
    <message>
        <location filename="../one_way_tab.py" line="51" />
        <source>Show the reading time counting down</source>
        <translation>Afficher le décompte du temps de lecture</translation>
    </message>
    <message>
        <location filename="../one_way_tab.py" line="53" />
        <source>Reading time:</source>
        <translation>Temps de lecture :</translation>
    </message>
    <message>
        <location filename="../one_way_tab.py" line="54" />
        <source>Answer time:</source>
        <translation>Temps de réponse :</translation>
    </message>
    <message>
        <location filename="../one_way_tab.py" line="55" />
        <source>Questions:</source>
        <translation>Questions :</translation>
    </message>
    <message>
        <location filename="../one_way_tab.py" line="56" />
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location filename="../one_way_tab.py" line="59" />
        <source>Start a one-way interview</source>
        <translation>Commencer un entretien vidéo différé</translation>
    </message>
    <message>
        <location filename="../one_way_tab.py" line="62" />
        <source>How you used the time</source>
        <translation>Comment vous avez utilisé le temps</translation>
    </message>
    <message>
        <location filename="../one_way_tab.py" line="66" />
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <location filename="../one_way_tab.py" line="66" />
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../one_way_tab.py" line="66" />
        <source>To start speaking</source>
        <translation>Avant de parler</translation>
    </message>
    <message>
        <location filename="../one_way_tab.py" line="67" />
        <source>Unused time</source>
        <translation>Temps non utilisé</translation>
    </message>
    <message>
        <location filename="../one_way_tab.py" line="67" />
        <source>Cut while speaking</source>
        <translation>Coupé en pleine phrase</translation>
    </message>
    <message>
        <location filename="../one_way_tab.py" line="68" />
        <source>Stopped by</source>
        <translation>Arrêté par</translation>
    </message>
    <message>
        <location filename="../one_way_tab.py" line="82" />
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../one_way_tab.py" line="82" />
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../one_way_tab.py" line="83" />
        <source>time limit</source>
        <translation>la limite de temps</translation>
    </message>
    <message>
        <location filename="../one_way_tab.py" line="83" />
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <location filename="../one_way_tab.py" line="92" />
        <source>No one-way interview yet.</source>
        <translation>Aucun entretien vidéo différé pour l'instant.</translation>
    </message>
    <message>
        <location filename="../one_way_tab.py" line="100" />
        <source>One-way interview</source>
        <translation>Entretien vidéo différé</translation>
    </message>
</context>
<context>
    <name>PlanItemCard</name>
    <message>
        <location filename="../plan_tab.py" line="35" />
        <source>Drill</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <location filename="../plan_tab.py" line="35" />
        <source>Written task</source>
        <translation>Tâche écrite</translation>
    </message>
    <message>
        <location filename="../plan_tab.py" line="35" />
        <source>Monthly review</source>
        <translation>Bilan mensuel</translation>
    </message>
    <message>
        <location filename="../plan_tab.py" line="36" />
        <source>proposed</source>
        <translation>proposé</translation>
    </message>
    <message>
        <location filename="../plan_tab.py" line="36" />
        <source>accepted</source>
        <translation>accepté</translation>
    </message>
    <message>
        <location filename="../plan_tab.py" line="36" />
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../plan_tab.py" line="37" />
        <source>skipped</source>
        <translation>écarté</translation>
    </message>
    <message>
        <location filename="../plan_tab.py" line="37" />
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <location filename="../plan_tab.py" line="51" />
        <source>Why: </source>
        <translation>Pourquoi : </translation>
    </message>
    <message>
        <location filename="../plan_tab.py" line="57" />
        <source>%1 of %2 this week</source>
        <translation>%1 sur %2 cette semaine</translation>
    </message>
    <message>
        <location filename="../plan_tab.py" line="61" />
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location filename="../plan_tab.py" line="61" />
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../plan_tab.py" line="61" />
        <source>Skip</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <location filename="../plan_tab.py" line="62" />
        <source>Done</source>
        <translation>Fait</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../plan_tab.py" line="80" />
        <source>Next week</source>
        <translation>Semaine prochaine</translation>
    </message>
    <message>
        <location filename="../plan_tab.py" line="81" />
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location filename="../plan_tab.py" line="83" />
        <source>Plan for:</source>
        <translation>Plan pour :</translation>
    </message>
    <message>
        <location filename="../plan_tab.py" line="87" />
        <source>Propose again</source>
        <translation>Proposer à nouveau</translation>
    </message>
    <message>
        <location filename="../plan_tab.py" line="88" />
        <source>Forget this week's decisions and build the proposals again from your data</source>
        <translation>Oublier les choix de cette semaine et refaire les propositions à partir de vos données</translation>
    </message>
    <message>
        <location filename="../plan_tab.py" line="93" />
        <source>Rebond proposes each week, from your journal, your latest measurements and your weekly goals, a few drills and one written task, and a monthly review at the start of each month. Each proposal says why it was chosen.</source>
        <translation>Chaque semaine, à partir de votre journal, de vos dernières mesures et de vos objectifs, Rebond propose quelques exercices et une tâche écrite, et un bilan au début de chaque mois. Chaque proposition dit pourquoi elle a été choisie.</translation>
    </message>
    <message>
        <location filename="../plan_tab.py" line="112" />
        <source>Week of %1 · %2 of %3 items complete · next monthly review %4</source>
        <translation>Semaine du %1 · %2 sur %3 éléments terminés · prochain bilan mensuel %4</translation>
    </message>
    <message>
        <location filename="../plan_tab.py" line="134" />
        <source>Edit the proposal</source>
        <translation>Modifier la proposition</translation>
    </message>
    <message>
        <location filename="../plan_tab.py" line="134" />
        <source>Your wording:</source>
        <translation>Votre formulation :</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../settings_dialog.py" line="28" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="34" />
        <source>Applies the next time Rebond starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="36" />
        <source>Detect automatically</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="47" />
        <source>Default 2 minutes: coaching guides advise answers of about 1 to 2 minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="58" />
        <source> (not downloaded)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="59" />
        <source>Accessibility mode: no eye-contact or facial-expression scoring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="60" />
        <source>Analyse while recording (feedback a few seconds after Stop)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="61" />
        <source>Off: the whole answer is analysed after Stop, which takes longer on a long answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="62" />
        <source>Gentle live cues while recording (only for clusters, never a score)</source>
        <translation>Repères discrets pendant l'enregistrement (seulement pour des séries, jamais de score)</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="63" />
        <source>A discreet cue for several fillers within 30 s, a pace out of band for 20 s, or the gaze off the camera for over 5 s. Needs the analysis while recording.</source>
        <translation>Un repère discret pour plusieurs mots de remplissage en 30 s, un débit hors plage pendant 20 s, ou le regard hors de la caméra plus de 5 s. Nécessite l'analyse pendant l'enregistrement.</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="67" />
        <source>Open folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="71" />
        <source>Interface language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="72" />
        <source>Analysis language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="73" />
        <source>Camera:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="74" />
        <source>Microphone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="75" />
        <source>Preparation time:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="76" />
        <source>Answer time limit:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="77" />
        <source>Speech model:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="81" />
        <source>Data folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="103" />
        <source>Default camera</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="103" />
        <source>No camera found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="106" />
        <source>Default microphone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="106" />
        <source>No microphone found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="110" />
        <source>A fake camera (video file) is in use for this run.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>