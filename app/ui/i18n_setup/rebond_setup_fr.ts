<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../about_dialog.py" line="47" />
        <source>About Rebond</source>
        <translation>À propos de Rebond</translation>
    </message>
    <message>
        <location filename="../about_dialog.py" line="49" />
        <source>Practise job interviews with video self-review. Everything stays on your computer: no account, no cloud, no telemetry.</source>
        <translation>Entraînez-vous aux entretiens d'embauche avec revue vidéo. Tout reste sur votre ordinateur : pas de compte, pas de cloud, aucune télémesure.</translation>
    </message>
    <message>
        <location filename="../about_dialog.py" line="52" />
        <source>This copy of Rebond is distributed under the GNU General Public License, version 3 or later (GPL-3.0-or-later), because it includes GPL components (PyAV's libx264 and libx265, Praat through praat-parselmouth). Rebond's own source code is under the MIT licence. The notices below list every component and its licence.</source>
        <translation>Cette copie de Rebond est distribuée sous la licence publique générale GNU, version 3 ou ultérieure (GPL-3.0-or-later), car elle contient des composants sous GPL (libx264 et libx265 de PyAV, Praat via praat-parselmouth). Le code source de Rebond lui-même est sous licence MIT. Les mentions ci-dessous indiquent chaque composant et sa licence.</translation>
    </message>
    <message>
        <location filename="../about_dialog.py" line="57" />
        <source>Rebond's source code is under the MIT licence. The libraries installed with it keep their own licences (praat-parselmouth is GPL-3.0-or-later); the notices below list them. The installable app, which bundles them, is distributed under GPL-3.0-or-later.</source>
        <translation>Le code source de Rebond est sous licence MIT. Les bibliothèques installées avec lui gardent leur propre licence (praat-parselmouth est sous GPL-3.0-or-later) ; les mentions ci-dessous les indiquent. L'application installable, qui les contient, est distribuée sous GPL-3.0-or-later.</translation>
    </message>
    <message>
        <location filename="../about_dialog.py" line="69" />
        <source>The third-party notices file is missing from this installation.</source>
        <translation>Le fichier des mentions tierces manque dans cette installation.</translation>
    </message>
</context>
<context>
    <name>ModelDownloadDialog</name>
    <message>
        <location filename="../model_download_dialog.py" line="25" />
        <source>Download the analysis models</source>
        <translation>Télécharger les modèles d'analyse</translation>
    </message>
    <message>
        <location filename="../model_download_dialog.py" line="36" />
        <location filename="../model_download_dialog.py" line="62" />
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location filename="../model_download_dialog.py" line="37" />
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../model_download_dialog.py" line="38" />
        <source>Cancel download</source>
        <translation>Annuler le téléchargement</translation>
    </message>
    <message>
        <location filename="../model_download_dialog.py" line="54" />
        <source>Rebond needs to download %1 MB once; no recordings ever leave your computer.</source>
        <translation>Rebond doit télécharger %1 Mo une seule fois ; aucun enregistrement ne quitte votre ordinateur.</translation>
    </message>
    <message>
        <location filename="../model_download_dialog.py" line="60" />
        <source>These are the speech recognition and face and posture tracking models. Each file is checked against its published checksum before it is used.</source>
        <translation>Ce sont les modèles de reconnaissance vocale et de suivi du visage et de la posture. Chaque fichier est comparé à son empreinte publiée avant d'être utilisé.</translation>
    </message>
    <message>
        <location filename="../model_download_dialog.py" line="76" />
        <source>Downloading the analysis models…</source>
        <translation>Téléchargement des modèles d'analyse…</translation>
    </message>
    <message>
        <location filename="../model_download_dialog.py" line="84" />
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../model_download_dialog.py" line="106" />
        <source>You seem to be offline.</source>
        <translation>Vous semblez hors ligne.</translation>
    </message>
    <message>
        <location filename="../model_download_dialog.py" line="107" />
        <source>Connect to the internet, then choose Try again.</source>
        <translation>Connectez-vous à Internet, puis choisissez Réessayer.</translation>
    </message>
    <message>
        <location filename="../model_download_dialog.py" line="109" />
        <source>The download did not complete.</source>
        <translation>Le téléchargement n'a pas abouti.</translation>
    </message>
    <message>
        <location filename="../model_download_dialog.py" line="111" />
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>PermissionDeniedDialog</name>
    <message>
        <location filename="../permission_dialog.py" line="28" />
        <source>Camera and microphone</source>
        <translation>Caméra et micro</translation>
    </message>
    <message>
        <location filename="../permission_dialog.py" line="38" />
        <source>Open system settings</source>
        <translation>Ouvrir les réglages du système</translation>
    </message>
    <message>
        <location filename="../permission_dialog.py" line="41" />
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../permission_dialog.py" line="43" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../permission_dialog.py" line="55" />
        <source>Rebond is not allowed to use the camera and the microphone, so it cannot record your answer.</source>
        <translation>Rebond n'a pas l'autorisation d'utiliser la caméra et le micro : il ne peut pas enregistrer votre réponse.</translation>
    </message>
    <message>
        <location filename="../permission_dialog.py" line="58" />
        <source>Rebond is not allowed to use the camera, so it cannot record your answer.</source>
        <translation>Rebond n'a pas l'autorisation d'utiliser la caméra : il ne peut pas enregistrer votre réponse.</translation>
    </message>
    <message>
        <location filename="../permission_dialog.py" line="59" />
        <source>Rebond is not allowed to use the microphone, so it cannot record your answer.</source>
        <translation>Rebond n'a pas l'autorisation d'utiliser le micro : il ne peut pas enregistrer votre réponse.</translation>
    </message>
    <message>
        <location filename="../permission_dialog.py" line="63" />
        <source>Open System Settings, then Privacy &amp; Security, and turn on Rebond under Camera and under Microphone. Then choose Try again.</source>
        <translation>Ouvrez Réglages Système, puis Confidentialité et sécurité, et activez Rebond sous Caméra et sous Microphone. Puis choisissez Réessayer.</translation>
    </message>
    <message>
        <location filename="../permission_dialog.py" line="66" />
        <source>Open Settings, then Privacy &amp; security, Camera and Microphone, and let desktop apps use them. Then choose Try again.</source>
        <translation>Ouvrez Paramètres, puis Confidentialité et sécurité, Caméra et Microphone, et autorisez les applications de bureau à les utiliser. Puis choisissez Réessayer.</translation>
    </message>
    <message>
        <location filename="../permission_dialog.py" line="69" />
        <source>Check that the camera is connected and not used by another app, and that your system's privacy settings allow Rebond to use it. Then choose Try again.</source>
        <translation>Vérifiez que la caméra est branchée et qu'aucune autre application ne l'utilise, et que les réglages de confidentialité du système autorisent Rebond. Puis choisissez Réessayer.</translation>
    </message>
    <message>
        <location filename="../permission_dialog.py" line="71" />
        <source>Recordings never leave your computer.</source>
        <translation>Les enregistrements ne quittent jamais votre ordinateur.</translation>
    </message>
</context>
<context><name>MainWindow</name><message><source>&amp;About Rebond</source><translation>À &amp;propos de Rebond</translation></message></context></TS>