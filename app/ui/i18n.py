"""French for the practice screens, through Qt's own translation hook (`self.tr`), without a compiled .qm file:
a QTranslator that looks the English source text up in a table. Installed by `install(app, "fr")`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

FR: dict[str, str] = {
    "Another question (type it)…": "Une autre question (à saisir)…",
    "&File": "&Fichier",
    "Import a recording": "Importer un enregistrement",
    "Videos (*.mp4 *.mov *.mkv *.webm *.avi *.m4v);;All files (*)":
        "Vidéos (*.mp4 *.mov *.mkv *.webm *.avi *.m4v);;Tous les fichiers (*)",
    "Which question does it answer?": "À quelle question répond-il ?",
    "Question:": "Question :",
    "Importing…": "Import en cours…",
    "Rebond — interview practice": "Rebond — entraînement aux entretiens",
    "No camera available": "Aucune caméra disponible",
    "&New practice": "&Nouvel entraînement",
    "&Import a recording…": "&Importer un enregistrement…",
    "Past &sessions": "&Séances passées",
    "&My questions…": "&Mes questions…",
    "Se&ttings…": "&Réglages…",
    "&Quit": "&Quitter",
    "No camera": "Pas de caméra",
    "No questions": "Aucune question",
    "No question matches that choice.": "Aucune question ne correspond à ce choix.",
    "Question": "Question",
    "Question answered:": "Question traitée :",
    "Imported; analysis queued.": "Importé ; analyse en attente.",
    "Something went wrong: ": "Un problème est survenu : ",
    "Leave the session?": "Quitter la séance ?",
    "End the current session? Recorded answers are kept.":
        "Terminer la séance en cours ? Les réponses enregistrées sont conservées.",
    "Camera": "Caméra",
    "%1 answer(s) were cut by an unexpected stop; their recordings are kept and marked interrupted.":
        "%1 réponse(s) coupée(s) par un arrêt inattendu : les enregistrements sont conservés et marqués "
        "« interrompu ».",
    "My questions": "Mes questions",
    "e.g. Data analyst at ACME": "ex. : Analyste de données chez ACME",
    "Set name:": "Nom de la liste :",
    "Language:": "Langue :",
    "Write or paste your own questions, one per line (for example from a job posting). They are saved as a set "
    "you can choose on the home screen.":
        "Écrivez ou collez vos propres questions, une par ligne (par exemple tirées d'une offre d'emploi). Elles "
        "forment une liste à choisir sur l'écran d'accueil.",
    "Existing sets: ": "Listes existantes : ",
    "Give the set a name and at least one question.": "Donnez un nom à la liste et au moins une question.",
    "none": "aucune",
    "Practise an interview": "S'entraîner à l'entretien",
    "Answer out loud as in a real interview. Each answer is recorded, then analysed on this computer while you go "
    "on. Nothing leaves your machine.":
        "Répondez à voix haute comme en entretien. Chaque réponse est enregistrée puis analysée sur cet ordinateur "
        "pendant que vous continuez. Rien ne quitte votre machine.",
    "Start with 3 seconds looking at the lens (calibration)":
        "Commencer par 3 secondes en regardant l'objectif (calibrage)",
    "&Language:": "&Langue :",
    "&Questions from:": "&Questions :",
    "&Number of questions:": "&Nombre de questions :",
    "&Start practice": "&Commencer",
    "Past s&essions": "Séances &passées",
    "Se&ttings": "&Réglages",
    "All categories": "Toutes les catégories",
    "Set: %1": "Liste : %1",
    "Camera preview": "Aperçu de la caméra",
    "Lights softly while your voice is heard": "S'allume doucement quand votre voix est entendue",
    "Stop (Space)": "Arrêter (Espace)",
    "Re-record (R)": "Recommencer (R)",
    "Skip (S)": "Passer (S)",
    "Next (N)": "Suivante (N)",
    "End session": "Terminer la séance",
    "Analysis": "Analyse",
    "SYNTHETIC DEMO: animated portrait and synthetic voice, not a real person":
        "DÉMO SYNTHÉTIQUE : portrait animé et voix de synthèse, pas une vraie personne",
    "Record now (Space)": "Enregistrer maintenant (Espace)",
    "Look at the camera lens for 3 seconds.": "Regardez l'objectif de la caméra pendant 3 secondes.",
    "A strong answer contains: ": "Une bonne réponse contient : ",
    "Answer saved. Press N for the next question or R to record it again.":
        "Réponse enregistrée. N pour la question suivante, R pour la recommencer.",
    "Question %1 of %2": "Question %1 sur %2",
    "Recording 0:00": "Enregistrement 0:00",
    "Calibration: %1 s": "Calibrage : %1 s",
    "Recording starts in %1 s — take a breath": "L'enregistrement commence dans %1 s — respirez",
    "Answer": "Réponse",
    "Recording %1 / %2": "Enregistrement %1 / %2",
    "Answer %1: %2": "Réponse %1 : %2",
    "&Back": "&Retour",
    "No report yet for this answer.": "Pas encore de rapport pour cette réponse.",
    "Recording": "Enregistrement",
    "A strong answer contains": "Une bonne réponse contient",
    "Status": "État",
    "Synthetic demo material (animated portrait, synthetic voice).":
        "Contenu de démonstration synthétique (portrait animé, voix de synthèse).",
    "Measured": "Mesures",
    "Length": "Durée",
    "Past sessions": "Séances passées",
    "&Open answer": "&Ouvrir la réponse",
    "&Analyse again": "&Analyser à nouveau",
    "Delete a&nswer": "Supprimer la ré&ponse",
    "&Delete session": "&Supprimer la séance",
    "&Home": "&Accueil",
    "Delete session": "Supprimer la séance",
    "Delete this session with all its recordings and reports?":
        "Supprimer cette séance avec tous ses enregistrements et rapports ?",
    "Delete answer": "Supprimer la réponse",
    "Delete this answer with its recording and report?": "Supprimer cette réponse avec son enregistrement et son rapport ?",
    "Session summary": "Bilan de la séance",
    " — synthetic demo": " — démo synthétique",
    "%1 answer(s) recorded. Analyses run in the background; you can open an answer as soon as it is analysed.":
        "%1 réponse(s) enregistrée(s). Les analyses tournent en arrière-plan ; chaque réponse s'ouvre dès qu'elle "
        "est analysée.",
    "Settings": "Réglages",
    "Default 2 minutes: coaching guides advise answers of about 1 to 2 minutes.":
        "2 minutes par défaut : les guides d'entretien conseillent des réponses d'environ 1 à 2 minutes.",
    "Accessibility mode: no eye-contact or facial-expression scoring":
        "Mode accessibilité : pas d'évaluation du regard ni des expressions du visage",
    "Analyse while recording (feedback a few seconds after Stop)":
        "Analyser pendant l'enregistrement (retour quelques secondes après l'arrêt)",
    "Off: the whole answer is analysed after Stop, which takes longer on a long answer.":
        "Désactivé : toute la réponse est analysée après l'arrêt, ce qui prend plus de temps pour une longue réponse.",
    "Open folder": "Ouvrir le dossier",
    "Interface language:": "Langue de l'interface :",
    "Analysis language:": "Langue de l'analyse :",
    "Camera:": "Caméra :",
    "Microphone:": "Micro :",
    "Preparation time:": "Temps de préparation :",
    "Answer time limit:": "Durée maximale d'une réponse :",
    "Speech model:": "Modèle de parole :",
    "Data folder:": "Dossier des données :",
    "Detect automatically": "Détection automatique",
    "Default camera": "Caméra par défaut",
    "No camera found": "Aucune caméra trouvée",
    "Default microphone": "Micro par défaut",
    "No microphone found": "Aucun micro trouvé",
    "A fake camera (video file) is in use for this run.": "Une fausse caméra (fichier vidéo) est utilisée.",
    " (not downloaded)": " (non téléchargé)",
    "Applies the next time Rebond starts.": "S'applique au prochain démarrage de Rebond.",
    # navigation, help and the sessions screen's export / delete / data location
    "&Go": "A&ller à",
    "&Help": "&Aide",
    "&Keyboard shortcuts": "&Raccourcis clavier",
    "Keyboard shortcuts": "Raccourcis clavier",
    "Keys": "Touches",
    "Action": "Action",
    "No sessions yet. Go to Practice (Ctrl+1) and record your first answer, or import a recording made elsewhere "
    "(Ctrl+I). Each session appears here with its answers, ready to review once analysed.":
        "Aucune séance pour l'instant. Allez dans Entraînement (Ctrl+1) pour enregistrer une première réponse, ou "
        "importez un enregistrement fait ailleurs (Ctrl+I). Chaque séance apparaît ici avec ses réponses, à revoir "
        "dès qu'elles sont analysées.",
    "Export &PDF…": "Exporter en &PDF…",
    "Export &CSV…": "Exporter en &CSV…",
    "Delete a&nswer…": "Supprimer la ré&ponse…",
    "&Delete session…": "&Supprimer la séance…",
    "Show &folder": "Afficher le &dossier",
    "Open the data folder in the file manager": "Ouvrir le dossier des données dans le gestionnaire de fichiers",
    " [synthetic demo]": " [démo synthétique]",
    "Nothing to export": "Rien à exporter",
    "No answer of this session is analysed yet.": "Aucune réponse de cette séance n'est encore analysée.",
    "Export PDF": "Exporter en PDF",
    "PDF files (*.pdf)": "Fichiers PDF (*.pdf)",
    "Export CSV": "Exporter en CSV",
    "CSV files (*.csv)": "Fichiers CSV (*.csv)",
    "Your recordings and reports stay on this computer, in %1":
        "Vos enregistrements et rapports restent sur cet ordinateur, dans %1",
    "Delete this session with all its recordings, reports and metrics? This cannot be undone.":
        "Supprimer cette séance avec tous ses enregistrements, rapports et mesures ? C'est définitif.",
    "CSV written: %1": "CSV enregistré : %1",
    "PDF written: %1": "PDF enregistré : %1",
    "Stored in %1": "Enregistré dans %1",
    # device messages from app.media.devices (context "devices")
    "No camera and no microphone were found. You can still import a recording made elsewhere (File > Import a "
    "recording) or practise with a video file as a fake camera (--fake-camera).":
        "Aucune caméra ni aucun micro trouvés. Vous pouvez importer un enregistrement fait ailleurs (Fichier > "
        "Importer un enregistrement) ou vous entraîner avec un fichier vidéo comme fausse caméra (--fake-camera).",
    "No camera was found. Check that it is plugged in and not used by another application.":
        "Aucune caméra trouvée. Vérifiez qu'elle est branchée et qu'aucune autre application ne l'utilise.",
    "No microphone was found. Check that it is plugged in and allowed in your system settings.":
        "Aucun micro trouvé. Vérifiez qu'il est branché et autorisé dans les réglages du système.",
    "The microphone could not be opened (permission denied or in use).":
        "Le micro n'a pas pu être ouvert (autorisation refusée ou déjà utilisé).",
    "Camera and microphone from your settings": "Caméra et micro choisis dans les réglages",
    # practice screen side panel (app/ui/widgets/answer_feedback.py)
    "This session": "Cette séance",
    "Time left": "Temps restant",
    "You can go on with the next question: the analysis continues in the background.":
        "Vous pouvez passer à la question suivante : l'analyse continue en arrière-plan.",
    "Top tips": "Conseils principaux",
    "Open review": "Ouvrir le bilan",
    "Say where and when it happened, what you had to do, what you did yourself, and the result — with a number if "
    "you can.":
        "Dites où et quand cela s'est passé, ce que vous deviez faire, ce que vous avez fait vous-même, et le "
        "résultat — chiffré si possible.",
    "Analysing answer %1": "Analyse de la réponse %1",
    "Answer %1 could not be analysed": "La réponse %1 n'a pas pu être analysée",
    "Answer %1 — what stood out": "Réponse %1 — ce qui ressort",
    "Nothing stood out in this answer.": "Rien de particulier à signaler dans cette réponse.",
    "Eye contact": "Contact visuel",
    "Fillers per minute": "Mots de remplissage par minute",
    "Pace (words/min)": "Débit (mots/min)",
    "STAR parts found": "Parties STAR trouvées",
    "in the target range": "dans la plage visée",
    "above the target range": "au-dessus de la plage visée",
    "below the target range": "en dessous de la plage visée",
    "Starting the analysis": "Démarrage de l'analyse",
    "Reading the recording": "Lecture de l'enregistrement",
    "Loading the speech model": "Chargement du modèle de reconnaissance vocale",
    "Reading the sound": "Lecture du son",
    "Writing down your words": "Transcription de vos paroles",
    "Looking at fillers, pace and structure": "Analyse des tics de langage, du débit et de la structure",
    "Looking at eye contact and posture": "Analyse du regard et de la posture",
    "Reading the calibration": "Lecture du calibrage",
    "Finishing the analysis of the end": "Analyse de la fin de la réponse",
    "Done": "Terminé",
    "Analysing": "Analyse en cours",
    # statuses shown in tables (context "status")
    "recording": "enregistrement", "waiting for analysis": "analyse en attente", "analysing": "analyse en cours",
    "analysed": "analysée", "interrupted (recording kept)": "interrompue (enregistrement conservé)",
    "analysis failed": "échec de l'analyse", "analysis cancelled": "analyse annulée",
}


class TableTranslator(QTranslator):
    """Looks every source text up in a dict (context ignored: the texts are unique enough)."""

    def __init__(self, table: dict[str, str], parent=None) -> None:
        super().__init__(parent)
        self.table = table

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: D401 (Qt signature)
        # None (a null QString) lets Qt ask the next translator (the review .qm); "" would stop the search.
        return self.table.get(source_text)

    def isEmpty(self) -> bool:
        return False


_installed: TableTranslator | None = None
_review: QTranslator | None = None


def install(app: QCoreApplication, language: str) -> None:
    """Use French texts when `language` is "fr" (English is the source language); idempotent.

    Two translators: this table (practice screens) and the compiled `.qm` of the review, pages and navigation
    (`app/ui/review/i18n`). Qt asks them in turn; each answers only for its own texts. Numbers follow the interface
    language too (the default QLocale): "1,5 s" in French, "1.5 s" in English, whatever the system locale."""
    global _installed, _review
    from app.ui.review.translations import french_typography, install_review_translator

    if _installed is not None:
        app.removeTranslator(_installed)
        _installed = None
    if _review is not None:
        app.removeTranslator(_review)
        _review = None
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France) if language == "fr"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    if language == "fr":
        _review = install_review_translator("fr")
        _installed = TableTranslator({k: french_typography(v) for k, v in FR.items()}, app)
        app.installTranslator(_installed)


def current_language() -> str:
    """The interface language in use: "fr" or "en"."""
    return "fr" if _installed is not None else "en"


def status_text(text: str) -> str:
    """Translate a status label through the installed translator."""
    return QCoreApplication.translate("status", text)
