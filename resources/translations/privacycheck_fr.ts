<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>Adapt</name>
    <message>
        <source>Column headings</source>
        <translation>En-têtes de colonnes</translation>
    </message>
</context>
<context>
    <name>AnswerEvidence</name>
    <message>
        <source>Choose the answer that matches what the setting shows, then confirm: this is what I see.</source>
        <translation>Choisissez la réponse qui correspond à ce qu’affiche le paramètre, puis confirmez&#xa0;: c’est ce que je vois.</translation>
    </message>
    <message>
        <source>This is what I see</source>
        <translation>C’est ce que je vois</translation>
    </message>
    <message>
        <source>This is what I see: %1</source>
        <translation>C’est ce que je vois&#xa0;: %1</translation>
    </message>
    <message>
        <source>Answered from memory.</source>
        <translation>Réponse donnée de mémoire.</translation>
    </message>
    <message>
        <source>Seen in the setting on %1.</source>
        <translation>Vu dans le paramètre le %1.</translation>
    </message>
    <message>
        <source>Seen by a stranger&apos;s look on %1.</source>
        <translation>Vu par le regard d’un inconnu le %1.</translation>
    </message>
    <message>
        <source>Answered from memory on %1: open the setting to check it.</source>
        <translation>Réponse donnée de mémoire le %1&#xa0;: ouvrez le paramètre pour la vérifier.</translation>
    </message>
</context>
<context>
    <name>AttestationDialog</name>
    <message>
        <source>Attestation for HR</source>
        <translation>Attestation pour les RH</translation>
    </message>
    <message>
        <source>This is everything the attestation contains. It never holds your answers, your notes or your score.</source>
        <translation>Voici tout ce que contient l’attestation. Elle ne contient jamais vos réponses, vos notes ni votre score.</translation>
    </message>
    <message>
        <source>Include my exposure band (low, moderate, high or severe)</source>
        <translation>Inclure mon niveau d’exposition (faible, modéré, élevé ou sévère)</translation>
    </message>
    <message>
        <source>List the platforms my check covered</source>
        <translation>Indiquer les plateformes que ma vérification couvre</translation>
    </message>
    <message>
        <source>Left out unless you tick it: which platforms you use is yours.</source>
        <translation>Omis à moins que vous ne cochiez&#xa0;: les plateformes que vous utilisez ne regardent que vous.</translation>
    </message>
    <message>
        <source>Say whether my check included a stranger&apos;s look on each platform</source>
        <translation>Indiquer si ma vérification comprenait le regard d’un inconnu sur chaque plateforme</translation>
    </message>
    <message>
        <source>What the attestation contains</source>
        <translation>Contenu de l’attestation</translation>
    </message>
    <message>
        <source>Save the attestation</source>
        <translation>Enregistrer l’attestation</translation>
    </message>
    <message>
        <source>privacycheck-attestation.pdf</source>
        <translation>privacycheck-attestation.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;JSON (*.json)</translation>
    </message>
    <message>
        <source>as HR knows you</source>
        <translation>tel que les RH vous connaissent</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Votre &amp;nom</translation>
    </message>
    <message>
        <source>Yes or no for the whole check: never which platforms, items or answers.</source>
        <translation>Oui ou non pour toute la vérification, jamais quelles plateformes, quels éléments ni quelles réponses.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Sections of the check</source>
        <translation>Sections de la vérification</translation>
    </message>
    <message>
        <source>Progress in this section</source>
        <translation>Progression dans cette section</translation>
    </message>
    <message>
        <source>%v of %m answered</source>
        <translation>%v réponses sur %m</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Section précédente</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Section suivante</translation>
    </message>
    <message>
        <source>Continue with the full check</source>
        <translation>Continuer avec la vérification complète</translation>
    </message>
    <message>
        <source>See my results</source>
        <translation>Voir mes résultats</translation>
    </message>
    <message>
        <source>Essentials (about 10 minutes)</source>
        <translation>L’essentiel (environ 10 minutes)</translation>
    </message>
    <message>
        <source>The settings that expose you most on the platforms you use. Answer these first: you get a provisional score in about 10 minutes, then the full check covers every setting.</source>
        <translation>Les paramètres qui vous exposent le plus sur les plateformes que vous utilisez. Répondez-y d’abord&#xa0;: vous obtenez un score provisoire en environ 10 minutes, puis la vérification complète couvre chaque paramètre.</translation>
    </message>
    <message>
        <source>%1 to confirm</source>
        <translation>%1 à confirmer</translation>
    </message>
    <message>
        <source>You said you fixed this: confirm it is done, or choose what you find now.</source>
        <translation>Vous avez dit avoir corrigé ceci&#xa0;: confirmez que c’est fait, ou choisissez ce que vous constatez maintenant.</translation>
    </message>
    <message>
        <source>From your last check: confirm it is still true, or choose what you find now.</source>
        <translation>De votre dernière vérification&#xa0;: confirmez que c’est toujours vrai, ou choisissez ce que vous constatez maintenant.</translation>
    </message>
    <message>
        <source>Confirm this answer</source>
        <translation>Confirmer cette réponse</translation>
    </message>
    <message>
        <source>Confirm the answer to: %1</source>
        <translation>Confirmer la réponse à&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>From %1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>%1: better (a lower score is better)</source>
        <translation>%1&#xa0;: mieux (un score plus bas est meilleur)</translation>
    </message>
    <message>
        <source>%1: worse (a lower score is better)</source>
        <translation>%1&#xa0;: moins bien (un score plus bas est meilleur)</translation>
    </message>
    <message>
        <source>%1: no change</source>
        <translation>%1&#xa0;: aucun changement</translation>
    </message>
    <message>
        <source>Answers that changed</source>
        <translation>Réponses modifiées</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>No answer changed.</source>
        <translation>Aucune réponse n’a changé.</translation>
    </message>
    <message>
        <source>New since the earlier check</source>
        <translation>Nouveaux éléments depuis la vérification précédente</translation>
    </message>
    <message>
        <source>Revised since you answered them (check them again)</source>
        <translation>Éléments révisés depuis vos réponses (vérifiez-les de nouveau)</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <source>Supervisor</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Employee assistance programme</source>
        <translation>Programme d’aide aux employés</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>Syndicat</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>ContactsCard</name>
    <message>
        <source>Whom to call</source>
        <translation>Qui appeler</translation>
    </message>
    <message>
        <source>Your organisation&apos;s contacts:</source>
        <translation>Les personnes-ressources de votre organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Your own contacts: your supervisor, security, your employee assistance programme.</source>
        <translation>Vos propres personnes-ressources&#xa0;: votre supervision, la sécurité, votre programme d’aide aux employés.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove all</source>
        <translation>Tout retirer</translation>
    </message>
    <message>
        <source>Your organisation&apos;s incident procedure</source>
        <translation>La procédure d’incident de votre organisation</translation>
    </message>
    <message>
        <source>None entered yet.</source>
        <translation>Aucune pour l’instant.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Entrez un nom.</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Non ajouté</translation>
    </message>
    <message>
        <source>Your data is not stored.</source>
        <translation>Vos données ne sont pas enregistrées.</translation>
    </message>
</context>
<context>
    <name>ContributionModel</name>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>I don&apos;t know or not answered yet</source>
        <translation>Je ne sais pas, ou pas encore répondu</translation>
    </message>
    <message>
        <source>Counts as the riskiest answer.</source>
        <translation>Compte comme la réponse la plus risquée.</translation>
    </message>
</context>
<context>
    <name>DeadlineNote</name>
    <message>
        <source>Questions: %1</source>
        <translation>Questions&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your organisation asked for your first check by %1: it is overdue.</source>
        <translation>Votre organisation demandait votre première vérification pour le %1&#xa0;: elle est en retard.</translation>
    </message>
    <message>
        <source>Your organisation asks for your first check today (%1).</source>
        <translation>Votre organisation demande votre première vérification aujourd’hui (%1).</translation>
    </message>
    <message>
        <source>Your organisation asks for your first check by %1, in %2 day(s).</source>
        <translation>Votre organisation demande votre première vérification pour le %1, dans %2 jour(s).</translation>
    </message>
</context>
<context>
    <name>DeadlineReminder</name>
    <message>
        <source>Your first privacy check</source>
        <translation>Votre première vérification de confidentialité</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>privacycheck-summary.pdf</source>
        <translation>privacycheck-sommaire.pdf</translation>
    </message>
    <message>
        <source>privacycheck-report.pdf</source>
        <translation>privacycheck-rapport.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html);;Markdown (*.md);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;Page Web (*.html);;Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
</context>
<context>
    <name>EvidenceSummary</name>
    <message>
        <source>A stranger&apos;s look…</source>
        <translation>Le regard d’un inconnu…</translation>
    </message>
    <message>
        <source>Look at your profiles logged out, as a client would.</source>
        <translation>Regardez vos profils sans être connecté, comme le ferait une personne usagère.</translation>
    </message>
    <message>
        <source>%1: you answered %2, but a stranger&apos;s look shows %3. The score counts what the look shows.</source>
        <translation>%1&#xa0;: vous avez répondu %2, mais le regard d’un inconnu montre %3. Le score compte ce que montre ce regard.</translation>
    </message>
    <message>
        <source>%1 of %2 settings seen in this check; the others rest on your memory.</source>
        <translation>%1 paramètres sur %2 vus pendant cette vérification; les autres reposent sur votre mémoire.</translation>
    </message>
    <message>
        <source>New result since last time: %1</source>
        <translation>Nouveau résultat depuis la dernière fois&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>What guided searches found</source>
        <translation>Ce que les recherches guidées ont trouvé</translation>
    </message>
    <message>
        <source>new result since last time</source>
        <translation>nouveau résultat depuis la dernière fois</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to privacycheck</source>
        <translation>Bienvenue dans privacycheck</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>privacycheck helps you see what a client could find about you on social media, and fix it. Your answers stay on this computer, encrypted. Nothing is sent anywhere.</source>
        <translation>privacycheck vous aide à voir ce qu’une personne usagère pourrait trouver à votre sujet sur les réseaux sociaux, et à y remédier. Vos réponses restent sur cet ordinateur, chiffrées. Rien n’est envoyé nulle part.</translation>
    </message>
    <message>
        <source>Provided by %1, which never sees your answers.</source>
        <translation>Offert par %1, qui ne voit jamais vos réponses.</translation>
    </message>
    <message>
        <source>Read the social-media policy</source>
        <translation>Lire la politique sur les réseaux sociaux</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Platforms I use</source>
        <translation>Plateformes que j’utilise</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
</context>
<context>
    <name>FixDetail</name>
    <message>
        <source>Open this setting</source>
        <translation>Ouvrir ce paramètre</translation>
    </message>
    <message>
        <source>Where: </source>
        <translation>Où&#xa0;: </translation>
    </message>
    <message>
        <source>How to verify: </source>
        <translation>Comment vérifier&#xa0;: </translation>
    </message>
    <message>
        <source>Nothing to fix: every item is at its safest answer.</source>
        <translation>Rien à corriger&#xa0;: chaque élément a sa réponse la plus sûre.</translation>
    </message>
    <message>
        <source>The fixes appear here once you have answered.</source>
        <translation>Les corrections s’afficheront ici une fois que vous aurez répondu.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 point</source>
        <translation>%1 point</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>%1 minute</source>
        <translation>%1 minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>No guide is installed.</source>
        <translation>Aucun guide n’est installé.</translation>
    </message>
    <message>
        <source>Save this guide as a PDF…</source>
        <translation>Enregistrer ce guide en PDF…</translation>
    </message>
    <message>
        <source>To keep it at hand or print it; it holds no answer of yours.</source>
        <translation>Pour le garder sous la main ou l’imprimer; il ne contient aucune de vos réponses.</translation>
    </message>
    <message>
        <source>%1 help page</source>
        <translation>Page d’aide (%1)</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>%1 help page %2 of %3</source>
        <translation>Page d’aide (%1), %2 sur %3</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>GuidePdf</name>
    <message>
        <source>Save the guide</source>
        <translation>Enregistrer le guide</translation>
    </message>
    <message>
        <source>privacycheck-guide.pdf</source>
        <translation>privacycheck-guide.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>privacycheck %1</source>
        <translation>privacycheck %1</translation>
    </message>
    <message>
        <source>Answer the check for each platform you use; every answer is saved at once. Results ranks the fixes by what they save for the time they take. History compares two checks: lower is better.</source>
        <translation>Répondez à la vérification pour chaque plateforme que vous utilisez; chaque réponse est enregistrée aussitôt. Résultats classe les corrections selon ce qu’elles retirent pour le temps qu’elles demandent. Historique compare deux vérifications&#xa0;: plus bas, c’est mieux.</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Clavier</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>Scores over time</source>
        <translation>Scores au fil du temps</translation>
    </message>
    <message>
        <source>Your scores will appear here after your first check.</source>
        <translation>Vos scores s’afficheront ici après votre première vérification.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Niveau</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Your checks over time</source>
        <translation>Vos vérifications au fil du temps</translation>
    </message>
    <message>
        <source>Stored checks</source>
        <translation>Vérifications enregistrées</translation>
    </message>
    <message>
        <source>Click two checks to compare them.</source>
        <translation>Cliquez sur deux vérifications pour les comparer.</translation>
    </message>
    <message>
        <source>Compare the two chosen checks</source>
        <translation>Comparer les deux vérifications choisies</translation>
    </message>
    <message>
        <source>Compare with the previous check</source>
        <translation>Comparer avec la vérification précédente</translation>
    </message>
    <message>
        <source>Click two checks to see what changed, or use “Compare with the previous check”.</source>
        <translation>Cliquez sur deux vérifications pour voir ce qui a changé, ou utilisez «&#xa0;Comparer avec la vérification précédente&#xa0;».</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>How exposed are you to your clients?</source>
        <translation>Quelle est votre exposition aux personnes usagères?</translation>
    </message>
    <message>
        <source>Provided by %1. Your answers stay on this computer: %1 never sees them.</source>
        <translation>Offert par %1. Vos réponses restent sur cet ordinateur&#xa0;: %1 ne les voit jamais.</translation>
    </message>
    <message>
        <source>Read the social-media policy</source>
        <translation>Lire la politique sur les réseaux sociaux</translation>
    </message>
    <message>
        <source>Your exposure score</source>
        <translation>Votre score d’exposition</translation>
    </message>
    <message>
        <source>Where the exposure comes from</source>
        <translation>D’où vient l’exposition</translation>
    </message>
    <message>
        <source>See every point explained</source>
        <translation>Voir l’explication de chaque point</translation>
    </message>
    <message>
        <source>One thing to do today</source>
        <translation>Une chose à faire aujourd’hui</translation>
    </message>
    <message>
        <source>Open this setting</source>
        <translation>Ouvrir ce paramètre</translation>
    </message>
    <message>
        <source>See all the fixes</source>
        <translation>Voir toutes les corrections</translation>
    </message>
    <message>
        <source>Your check</source>
        <translation>Votre vérification</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Check in progress: %1 of %2 answered. Unanswered items count as the riskiest answer.</source>
        <translation>Vérification en cours&#xa0;: %1 réponses sur %2. Les éléments sans réponse comptent comme la réponse la plus risquée.</translation>
    </message>
    <message>
        <source>Finished check of %1.</source>
        <translation>Vérification terminée le %1.</translation>
    </message>
    <message>
        <source>The sub-scores come with the full check: after the essentials, most items are still unanswered.</source>
        <translation>Les sous-scores viennent avec la vérification complète&#xa0;: après l’essentiel, la plupart des éléments restent sans réponse.</translation>
    </message>
    <message>
        <source>Lock down now</source>
        <translation>Verrouiller maintenant</translation>
    </message>
    <message>
        <source>A client found or contacted you: the fastest fixes, your contacts, a log</source>
        <translation>Une personne usagère vous a trouvé ou contacté&#xa0;: les corrections les plus rapides, vos personnes-ressources, un journal</translation>
    </message>
    <message>
        <source>Provisional score: the essentials only</source>
        <translation>Score provisoire&#xa0;: l’essentiel seulement</translation>
    </message>
    <message>
        <source>The same as your check of %3.</source>
        <translation>Comme à votre vérification du %3.</translation>
    </message>
    <message>
        <source>▼ %2 lower than your check of %3: better.</source>
        <translation>▼ %2 de moins qu’à votre vérification du %3&#xa0;: c’est mieux.</translation>
    </message>
    <message>
        <source>▲ %2 higher than your check of %3: more exposed.</source>
        <translation>▲ %2 de plus qu’à votre vérification du %3&#xa0;: plus exposé.</translation>
    </message>
    <message>
        <source>No score yet: answer a few questions first. The essentials take about 10 minutes, the full check about 30, and every answer is saved.</source>
        <translation>Pas encore de score&#xa0;: répondez d’abord à quelques questions. L’essentiel prend environ 10 minutes, la vérification complète environ 30, et chaque réponse est enregistrée.</translation>
    </message>
    <message>
        <source>Essentials: %1 of %2 answered. This score covers the essentials only; the full check covers every setting.</source>
        <translation>L’essentiel&#xa0;: %1 réponses sur %2. Ce score ne couvre que l’essentiel; la vérification complète couvre chaque paramètre.</translation>
    </message>
    <message>
        <source>%1 answer(s) from your last check to confirm.</source>
        <translation>%1 réponse(s) de votre dernière vérification à confirmer.</translation>
    </message>
    <message>
        <source>Start a new check from my last answers</source>
        <translation>Commencer une nouvelle vérification à partir de mes dernières réponses</translation>
    </message>
    <message>
        <source>Start a new, empty check</source>
        <translation>Commencer une nouvelle vérification vide</translation>
    </message>
    <message>
        <source>Continue with the full check (about 20 minutes)</source>
        <translation>Continuer avec la vérification complète (environ 20 minutes)</translation>
    </message>
    <message>
        <source>Review the essentials</source>
        <translation>Revoir l’essentiel</translation>
    </message>
    <message>
        <source>Resume the essentials</source>
        <translation>Reprendre l’essentiel</translation>
    </message>
    <message>
        <source>Start with the essentials (10 minutes)</source>
        <translation>Commencer par l’essentiel (10 minutes)</translation>
    </message>
    <message>
        <source>Do the full check instead (about 30 minutes)</source>
        <translation>Faire plutôt la vérification complète (environ 30 minutes)</translation>
    </message>
    <message>
        <source>Resume the check</source>
        <translation>Reprendre la vérification</translation>
    </message>
    <message>
        <source>Start the full check</source>
        <translation>Commencer la vérification complète</translation>
    </message>
    <message>
        <source>Nothing left to fix: every answer is at its safest.</source>
        <translation>Plus rien à corriger&#xa0;: chaque réponse est la plus sûre.</translation>
    </message>
    <message>
        <source>Saves %1 in about %2.</source>
        <translation>Fait gagner %1 en environ %2.</translation>
    </message>
    <message>
        <source>Answer the checklist to see the fix worth the most.</source>
        <translation>Répondez à la liste de vérification pour voir la correction la plus payante.</translation>
    </message>
    <message>
        <source>Re-check every %1 days. No finished check yet.</source>
        <translation>Revérifier tous les %1 jours. Aucune vérification terminée pour l’instant.</translation>
    </message>
    <message>
        <source>Next re-check: %1 (every %2 days).</source>
        <translation>Prochaine vérification&#xa0;: %1 (tous les %2 jours).</translation>
    </message>
    <message>
        <source>A re-check is due since %1 (every %2 days).</source>
        <translation>Une nouvelle vérification est due depuis le %1 (tous les %2 jours).</translation>
    </message>
</context>
<context>
    <name>IncidentLog</name>
    <message>
        <source>Incident log</source>
        <translation>Journal d’incidents</translation>
    </message>
    <message>
        <source>Write down what happened while you remember it, and attach your screenshots. The log is encrypted with your answers; export it for your supervisor, your union or the police.</source>
        <translation>Notez ce qui s’est passé pendant que vous vous en souvenez, et joignez vos captures d’écran. Le journal est chiffré avec vos réponses; exportez-le pour votre supervision, votre syndicat ou la police.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>the account name, or how you know the person</source>
        <translation>le nom du compte, ou comment vous connaissez la personne</translation>
    </message>
    <message>
        <source>a message, a comment, a post, a place</source>
        <translation>un message, un commentaire, une publication, un lieu</translation>
    </message>
    <message>
        <source>what was said or done, in their words if you can</source>
        <translation>ce qui a été dit ou fait, dans ses mots si possible</translation>
    </message>
    <message>
        <source>addresses of the profile and posts, separated by spaces</source>
        <translation>adresses du profil et des publications, séparées par des espaces</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Joindre des fichiers…</translation>
    </message>
    <message>
        <source>Save this entry</source>
        <translation>Enregistrer cette entrée</translation>
    </message>
    <message>
        <source>Logged entries</source>
        <translation>Entrées consignées</translation>
    </message>
    <message>
        <source>Attached image</source>
        <translation>Image jointe</translation>
    </message>
    <message>
        <source>Delete this entry</source>
        <translation>Supprimer cette entrée</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Export as a folder…</source>
        <translation>Exporter dans un dossier…</translation>
    </message>
    <message>
        <source>Nothing can be logged: your data is not stored.</source>
        <translation>Rien ne peut être consigné&#xa0;: vos données ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Joint&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is not a web address (https://…).</source>
        <translation>%1 n’est pas une adresse Web (https://…).</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Write what happened, or attach a screenshot.</source>
        <translation>Écrivez ce qui s’est passé, ou joignez une capture d’écran.</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>Rien à enregistrer</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(sans texte)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>No entry yet.</source>
        <translation>Aucune entrée pour l’instant.</translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation>Supprimer cette entrée?</translation>
    </message>
    <message>
        <source>The entry and its files are deleted for good. Export the log first if you may need it.</source>
        <translation>L’entrée et ses fichiers sont supprimés pour de bon. Exportez d’abord le journal si vous pourriez en avoir besoin.</translation>
    </message>
    <message>
        <source>Export the log as PDF</source>
        <translation>Exporter le journal en PDF</translation>
    </message>
    <message>
        <source>Choose where to put the folder</source>
        <translation>Choisissez où placer le dossier</translation>
    </message>
    <message>
        <source>The log was exported to %1. It is not encrypted: keep it safe.</source>
        <translation>Le journal a été exporté dans %1. Il n’est pas chiffré&#xa0;: conservez-le en lieu sûr.</translation>
    </message>
</context>
<context>
    <name>IncidentPage</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1 minutes to here: these close the most. Go on with the rest when you can.</source>
        <translation>Environ %1 minutes jusqu’ici&#xa0;: ce sont les corrections qui ferment le plus. Continuez avec le reste quand vous le pourrez.</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>Lock down now</source>
        <translation>Verrouiller maintenant</translation>
    </message>
    <message>
        <source>Document first, then block. Then %1 fixes, about %2 minutes, most effective first.</source>
        <translation>Documentez d’abord, puis bloquez. Ensuite, %1 corrections, environ %2 minutes, les plus efficaces d’abord.</translation>
    </message>
    <message>
        <source>Block or restrict the person on %1: %2</source>
        <translation>Bloquez ou restreignez la personne sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 help page</source>
        <translation>Page d’aide (%1)</translation>
    </message>
    <message>
        <source>Open this setting</source>
        <translation>Ouvrir ce paramètre</translation>
    </message>
    <message>
        <source>In the next few days</source>
        <translation>Dans les jours qui suivent</translation>
    </message>
    <message>
        <source>Run a full check within three days: what the person found may not be all.</source>
        <translation>Faites une vérification complète d’ici trois jours&#xa0;: ce que la personne a trouvé n’est peut-être pas tout.</translation>
    </message>
    <message>
        <source>Start a full check</source>
        <translation>Commencer une vérification complète</translation>
    </message>
    <message>
        <source>What blocking hides, and what it does not</source>
        <translation>Ce que le blocage cache, et ce qu’il ne cache pas</translation>
    </message>
    <message>
        <source>Hides: %1</source>
        <translation>Cache&#xa0;: %1</translation>
    </message>
    <message>
        <source>Does not hide: %1</source>
        <translation>Ne cache pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>Guidance checked on %1.</source>
        <translation>Conseils vérifiés le %1.</translation>
    </message>
    <message>
        <source>%1 of %2 done.</source>
        <translation>%1 sur %2 faits.</translation>
    </message>
    <message>
        <source>A full check is due now: what the person found may not be all.</source>
        <translation>Une vérification complète est due maintenant&#xa0;: ce que la personne a trouvé n’est peut-être pas tout.</translation>
    </message>
    <message>
        <source>Run a full check by %1: what the person found may not be all.</source>
        <translation>Faites une vérification complète d’ici le %1&#xa0;: ce que la personne a trouvé n’est peut-être pas tout.</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <source>severity %1 of 5</source>
        <translation>gravité %1 sur 5</translation>
    </message>
    <message>
        <source>a fact: no setting changes it</source>
        <translation>un fait&#xa0;: aucun paramètre ne le change</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Pourquoi c’est important</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Also</source>
        <translation>Aussi</translation>
    </message>
    <message>
        <source>How to find out</source>
        <translation>Comment le savoir</translation>
    </message>
    <message>
        <source>I don&apos;t know (counts as the riskiest answer)</source>
        <translation>Je ne sais pas (compte comme la réponse la plus risquée)</translation>
    </message>
    <message>
        <source>What did you find? (optional, stays on this computer)</source>
        <translation>Qu’avez-vous trouvé? (facultatif, reste sur cet ordinateur)</translation>
    </message>
    <message>
        <source>What you found</source>
        <translation>Ce que vous avez trouvé</translation>
    </message>
    <message>
        <source>Open this setting</source>
        <translation>Ouvrir ce paramètre</translation>
    </message>
    <message>
        <source>Help page</source>
        <translation>Page d’aide</translation>
    </message>
    <message>
        <source>Last verified on %1, more than six months ago: the platform may have moved or renamed this setting since. Check its help page.</source>
        <translation>Vérifié pour la dernière fois le %1, il y a plus de six mois&#xa0;: la plateforme a peut-être déplacé ou renommé ce paramètre depuis. Consultez sa page d’aide.</translation>
    </message>
    <message>
        <source>checked on a live account</source>
        <translation>vérifié sur un compte réel</translation>
    </message>
    <message>
        <source>read on the platform&apos;s help page</source>
        <translation>lu dans la page d’aide de la plateforme</translation>
    </message>
    <message>
        <source>inferred from guides and press, not confirmed on a help page</source>
        <translation>déduit de guides et d’articles de presse, non confirmé dans une page d’aide</translation>
    </message>
    <message>
        <source>Verified on %1</source>
        <translation>Vérifié le %1</translation>
    </message>
    <message>
        <source>Verified on %1: %2</source>
        <translation>Vérifié le %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>Next section of the check</source>
        <translation>Section suivante de la vérification</translation>
    </message>
    <message>
        <source>Previous section of the check</source>
        <translation>Section précédente de la vérification</translation>
    </message>
    <message>
        <source>Save the full report…</source>
        <translation>Enregistrer le rapport complet…</translation>
    </message>
    <message>
        <source>Save a summary to share…</source>
        <translation>Enregistrer un sommaire à partager…</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <source>Next or previous control; a table or a list is one stop</source>
        <translation>Contrôle suivant ou précédent; un tableau ou une liste compte pour un seul arrêt</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Touches fléchées</translation>
    </message>
    <message>
        <source>Move inside a list, a table or a group of answers</source>
        <translation>Se déplacer dans une liste, un tableau ou un groupe de réponses</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Choose an answer, tick a fix</source>
        <translation>Choisir une réponse, cocher une correction</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>Cette aide</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Help and keyboard shortcuts</source>
        <translation>Aide et raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Sévère</translation>
    </message>
    <message>
        <source>Find: can a client find me?</source>
        <translation>Trouver&#xa0;: une personne usagère peut-elle me trouver?</translation>
    </message>
    <message>
        <source>See: what can they see?</source>
        <translation>Voir&#xa0;: que peut-il voir?</translation>
    </message>
    <message>
        <source>Contact: can they reach me?</source>
        <translation>Joindre&#xa0;: peut-il me joindre?</translation>
    </message>
    <message>
        <source>Disclose: what do I reveal?</source>
        <translation>Dévoiler&#xa0;: qu’est-ce que je révèle?</translation>
    </message>
    <message>
        <source>Account: can it be taken over?</source>
        <translation>Compte&#xa0;: peut-on en prendre le contrôle?</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Trouver</translation>
    </message>
    <message>
        <source>See</source>
        <translation>Voir</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Joindre</translation>
    </message>
    <message>
        <source>Disclose</source>
        <translation>Dévoiler</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
</context>
<context>
    <name>LookButton</name>
    <message>
        <source>Your settings say one thing; check what a stranger actually sees of this profile.</source>
        <translation>Vos paramètres disent une chose; vérifiez ce qu’un inconnu voit vraiment de ce profil.</translation>
    </message>
    <message>
        <source>A stranger&apos;s look…</source>
        <translation>Le regard d’un inconnu…</translation>
    </message>
</context>
<context>
    <name>LookDialog</name>
    <message>
        <source>A stranger&apos;s look</source>
        <translation>Le regard d’un inconnu</translation>
    </message>
    <message>
        <source>See your profile as a client would: in a private window, where you are not logged in. What a stranger sees counts more than what you remember of your settings.</source>
        <translation>Voyez votre profil comme le verrait une personne usagère&#xa0;: dans une fenêtre privée, où vous n’êtes pas connecté. Ce qu’un inconnu voit compte plus que ce dont vous vous souvenez de vos paramètres.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Your profile address or username</source>
        <translation>L’adresse de votre profil ou votre nom d’utilisateur</translation>
    </message>
    <message>
        <source>Your profile address or username (stays encrypted on this computer)</source>
        <translation>L’adresse de votre profil ou votre nom d’utilisateur (reste chiffré sur cet ordinateur)</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Copier l’adresse</translation>
    </message>
    <message>
        <source>Open in my browser</source>
        <translation>Ouvrir dans mon navigateur</translation>
    </message>
    <message>
        <source>Open a private window first (Ctrl+Shift+N in Chrome and Edge, Ctrl+Shift+P in Firefox, Shift+Command+N in Safari), then paste the address there. A normal window shows your profile as you see it, logged in, not as a stranger does.</source>
        <translation>Ouvrez d’abord une fenêtre privée (Ctrl+Maj+N dans Chrome et Edge, Ctrl+Maj+P dans Firefox, Maj+Commande+N dans Safari), puis collez-y l’adresse. Une fenêtre ordinaire montre votre profil comme vous le voyez, connecté, et non comme le voit un inconnu.</translation>
    </message>
    <message>
        <source>Save what a stranger sees</source>
        <translation>Enregistrer ce qu’un inconnu voit</translation>
    </message>
    <message>
        <source>This is not a username or an address on %1.</source>
        <translation>Ce n’est ni un nom d’utilisateur ni une adresse sur %1.</translation>
    </message>
    <message>
        <source>Copied: paste it in a private window.</source>
        <translation>Copiée&#xa0;: collez-la dans une fenêtre privée.</translation>
    </message>
    <message>
        <source>Choose what a stranger sees for at least one question.</source>
        <translation>Choisissez ce qu’un inconnu voit pour au moins une question.</translation>
    </message>
    <message>
        <source>Saved. What a stranger sees matches your answers.</source>
        <translation>Enregistré. Ce qu’un inconnu voit correspond à vos réponses.</translation>
    </message>
    <message>
        <source>Saved. What a stranger sees overrules these answers:</source>
        <translation>Enregistré. Ce qu’un inconnu voit l’emporte sur ces réponses&#xa0;:</translation>
    </message>
    <message>
        <source>%1: you answered %2; a stranger&apos;s look shows %3.</source>
        <translation>%1&#xa0;: vous avez répondu %2; le regard d’un inconnu montre %3.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Loading your checklist…</source>
        <translation>Chargement de votre liste de vérification…</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>%1 checklist pack(s) could not be loaded and were skipped.</source>
        <translation>%1 ensemble(s) de listes de vérification ignoré(s)&#xa0;: chargement impossible.</translation>
    </message>
    <message>
        <source>The link could not be opened: no web browser answered. Copy the address into your browser:</source>
        <translation>Le lien n’a pas pu s’ouvrir&#xa0;: aucun navigateur n’a répondu. Copiez l’adresse dans votre navigateur&#xa0;:</translation>
    </message>
    <message>
        <source>This computer has no system keyring that privacycheck can use to keep the key to your answers.</source>
        <translation>Cet ordinateur n’a pas de trousseau système que privacycheck puisse utiliser pour garder la clé de vos réponses.</translation>
    </message>
    <message>
        <source>That passphrase does not open your data. Try again (%1 of %2).</source>
        <translation>Cette phrase de passe n’ouvre pas vos données. Réessayez (%1 sur %2).</translation>
    </message>
    <message>
        <source>No passphrase was given: your data stays closed.</source>
        <translation>Aucune phrase de passe n’a été saisie&#xa0;: vos données restent fermées.</translation>
    </message>
    <message>
        <source>The file is kept as it is. You can move it aside (nothing is deleted) and start afresh, or continue without saving anything.</source>
        <translation>Le fichier est conservé tel quel. Vous pouvez le mettre de côté (rien n’est supprimé) et repartir à neuf, ou continuer sans rien enregistrer.</translation>
    </message>
    <message>
        <source>Move it aside and start afresh</source>
        <translation>Le mettre de côté et repartir à neuf</translation>
    </message>
    <message>
        <source>Continue without saving</source>
        <translation>Continuer sans enregistrer</translation>
    </message>
    <message>
        <source>The old file was kept as %1</source>
        <translation>L’ancien fichier a été conservé sous %1</translation>
    </message>
    <message>
        <source>When a client finds you</source>
        <translation>Si une personne usagère vous trouve</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Nothing is stored: your answers are lost when you close the app.</source>
        <translation>Rien n’est enregistré&#xa0;: vos réponses seront perdues à la fermeture de l’application.</translation>
    </message>
    <message>
        <source>Your answers are stored in %1, encrypted (AES-256). The key is in your system keyring.</source>
        <translation>Vos réponses sont enregistrées dans %1, chiffrées (AES-256). La clé se trouve dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>Your answers are stored in %1, encrypted (AES-256) with a key made from your passphrase.</source>
        <translation>Vos réponses sont enregistrées dans %1, chiffrées (AES-256) avec une clé tirée de votre phrase de passe.</translation>
    </message>
    <message>
        <source>Your answers are stored in %1 WITHOUT encryption, as you chose. Anyone who copies these files can read them.</source>
        <translation>Vos réponses sont enregistrées dans %1 SANS chiffrement, comme vous l’avez choisi. Quiconque copie ces fichiers peut les lire.</translation>
    </message>
    <message>
        <source>Answer at least one item before you finish the check.</source>
        <translation>Répondez à au moins un élément avant de terminer la vérification.</translation>
    </message>
    <message>
        <source>Essentials finished and saved. The score is provisional until the full check.</source>
        <translation>L’essentiel est terminé et enregistré. Le score reste provisoire jusqu’à la vérification complète.</translation>
    </message>
    <message>
        <source>Check finished and saved. It is now in your history.</source>
        <translation>Vérification terminée et enregistrée. Elle figure maintenant dans votre historique.</translation>
    </message>
    <message>
        <source>A new check started from your answers of %1. Confirm each one: they come first in every section.</source>
        <translation>Une nouvelle vérification a commencé à partir de vos réponses du %1. Confirmez chacune&#xa0;: elles viennent en premier dans chaque section.</translation>
    </message>
    <message>
        <source>A new, empty check started. Your finished checks are kept as they were.</source>
        <translation>Une nouvelle vérification vide a commencé. Vos vérifications terminées sont conservées telles quelles.</translation>
    </message>
    <message>
        <source>Your platforms changed, so a new check started from your last answers. Your finished check is kept as it was.</source>
        <translation>Vos plateformes ont changé&#xa0;: une nouvelle vérification a donc commencé à partir de vos dernières réponses. Votre vérification terminée est conservée telle quelle.</translation>
    </message>
    <message>
        <source>Nothing is stored, so there is no check to report on.</source>
        <translation>Rien n’est enregistré&#xa0;: il n’y a donc aucune vérification à présenter.</translation>
    </message>
    <message>
        <source>Finish a check first: the report and the attestation describe one.</source>
        <translation>Terminez d’abord une vérification&#xa0;: le rapport et l’attestation en décrivent une.</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Rapport enregistré dans %1</translation>
    </message>
    <message>
        <source>Attestation saved to %1</source>
        <translation>Attestation enregistrée dans %1</translation>
    </message>
    <message>
        <source>No update source is set up: checklist updates come from your organisation&apos;s configuration.</source>
        <translation>Aucune source de mises à jour n’est configurée&#xa0;: les mises à jour des listes de vérification viennent de la configuration de votre organisme.</translation>
    </message>
    <message>
        <source>No updates</source>
        <translation>Aucune mise à jour</translation>
    </message>
    <message>
        <source>Checking for checklist updates…</source>
        <translation>Recherche de mises à jour des listes de vérification…</translation>
    </message>
    <message>
        <source>Scheduled update check failed: %1</source>
        <translation>Échec de la recherche de mises à jour planifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing is stored, so there is nothing to export.</source>
        <translation>Rien n’est enregistré, il n’y a donc rien à exporter.</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Tout exporter</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1 (decrypted: keep it safe).</source>
        <translation>Exporté dans %1 (déchiffré&#xa0;: gardez-le en lieu sûr).</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Tout supprimer</translation>
    </message>
    <message>
        <source>Delete every stored check, your settings and the encryption key? This cannot be undone.</source>
        <translation>Supprimer toutes les vérifications enregistrées, vos paramètres et la clé de chiffrement? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Everything was deleted. Nothing is stored until you restart privacycheck.</source>
        <translation>Tout a été supprimé. Rien n’est enregistré avant le prochain démarrage de privacycheck.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>Choose the passphrase you will type to open your answers. Nobody can recover it.</source>
        <translation>Choisissez la phrase de passe que vous taperez pour ouvrir vos réponses. Personne ne peut la récupérer.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Address to copy</source>
        <translation>Adresse à copier</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Copier l’adresse</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiée</translation>
    </message>
</context>
<context>
    <name>Onboarding</name>
    <message>
        <source>Your organisation&apos;s settings were ignored because of an error. Please tell your IT team: %1</source>
        <translation>Les paramètres de votre organisation ont été ignorés à cause d’une erreur. Veuillez en informer votre service informatique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Some of your organisation&apos;s settings need a newer version of privacycheck. Please tell your IT team: %1</source>
        <translation>Certains paramètres de votre organisation demandent une version plus récente de privacycheck. Veuillez en informer votre service informatique&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>OrganisationWelcome</name>
    <message>
        <source>A word from %1</source>
        <translation>Un mot de %1</translation>
    </message>
    <message>
        <source>Questions: %1</source>
        <translation>Questions&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>La même phrase de passe, de nouveau</translation>
    </message>
    <message>
        <source>&amp;Passphrase (at least 8 characters)</source>
        <translation>&amp;Phrase de passe (au moins 8 caractères)</translation>
    </message>
    <message>
        <source>&amp;Type it again</source>
        <translation>&amp;Tapez-la de nouveau</translation>
    </message>
    <message>
        <source>Use at least 8 characters.</source>
        <translation>Utilisez au moins 8 caractères.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Your answers are protected by a passphrase. Type it to open them:</source>
        <translation>Vos réponses sont protégées par une phrase de passe. Tapez-la pour les ouvrir&#xa0;:</translation>
    </message>
    <message>
        <source>Why the passphrase is asked again</source>
        <translation>Pourquoi la phrase de passe est demandée de nouveau</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Saves (points)</source>
        <translation>Gain (points)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non fait</translation>
    </message>
</context>
<context>
    <name>Protection</name>
    <message>
        <source>Your data is locked</source>
        <translation>Vos données sont verrouillées</translation>
    </message>
    <message>
        <source>Your answers stay locked: the passphrase was not given. Nothing was changed or deleted. Try again, or quit and come back later.</source>
        <translation>Vos réponses restent verrouillées&#xa0;: la phrase de passe n’a pas été donnée. Rien n’a été modifié ni supprimé. Réessayez, ou quittez et revenez plus tard.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Some stored checks are damaged, or were not written by privacycheck with your key, and are left out of History (%1). The others are intact.</source>
        <translation>Certaines vérifications enregistrées sont endommagées, ou n’ont pas été écrites par privacycheck avec votre clé&#xa0;: elles sont omises de l’historique (%1). Les autres sont intactes.</translation>
    </message>
    <message>
        <source>Your passphrase was changed. Every check was kept.</source>
        <translation>Votre phrase de passe a été changée. Toutes les vérifications ont été conservées.</translation>
    </message>
    <message>
        <source>The key is now in your system keyring: no passphrase to type. Every check was kept.</source>
        <translation>La clé est maintenant dans le trousseau de votre système&#xa0;: aucune phrase de passe à taper. Toutes les vérifications ont été conservées.</translation>
    </message>
</context>
<context>
    <name>ProtectionControls</name>
    <message>
        <source>Change passphrase…</source>
        <translation>Changer la phrase de passe…</translation>
    </message>
    <message>
        <source>Keep the key in the system keyring</source>
        <translation>Garder la clé dans le trousseau du système</translation>
    </message>
    <message>
        <source>No passphrase to type: the key is kept by your system&apos;s password store.</source>
        <translation>Aucune phrase de passe à taper&#xa0;: la clé est gardée par le gestionnaire de mots de passe de votre système.</translation>
    </message>
    <message>
        <source>Protect with a passphrase instead…</source>
        <translation>Protéger plutôt par une phrase de passe…</translation>
    </message>
</context>
<context>
    <name>ProtectionDialog</name>
    <message>
        <source>Protect your answers</source>
        <translation>Protéger vos réponses</translation>
    </message>
    <message>
        <source>How should privacycheck protect what you answer?</source>
        <translation>Comment privacycheck doit-il protéger vos réponses?</translation>
    </message>
    <message>
        <source>With a passphrase I will type each time (recommended)</source>
        <translation>Avec une phrase de passe à taper chaque fois (recommandé)</translation>
    </message>
    <message>
        <source>Unencrypted: anyone who copies my files can read my answers</source>
        <translation>Sans chiffrement&#xa0;: quiconque copie mes fichiers peut lire mes réponses</translation>
    </message>
    <message>
        <source>Store nothing: answers are lost when I close the app</source>
        <translation>Ne rien enregistrer&#xa0;: les réponses sont perdues quand je ferme l’application</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Regarder dans&#xa0;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Type de fichiers&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Finish this check</source>
        <translation>Terminer cette vérification</translation>
    </message>
    <message>
        <source>Save the full report…</source>
        <translation>Enregistrer le rapport complet…</translation>
    </message>
    <message>
        <source>With your answers: keep it private.</source>
        <translation>Avec vos réponses&#xa0;: gardez-le privé.</translation>
    </message>
    <message>
        <source>Save a summary to share…</source>
        <translation>Enregistrer un sommaire à partager…</translation>
    </message>
    <message>
        <source>Score, sub-scores and the fixes, without your answers.</source>
        <translation>Score, sous-scores et corrections, sans vos réponses.</translation>
    </message>
    <message>
        <source>By dimension</source>
        <translation>Par dimension</translation>
    </message>
    <message>
        <source>By platform</source>
        <translation>Par plateforme</translation>
    </message>
    <message>
        <source>Fix first</source>
        <translation>À corriger d’abord</translation>
    </message>
    <message>
        <source>Continue with the full check</source>
        <translation>Continuer avec la vérification complète</translation>
    </message>
    <message>
        <source>The essentials are the first part of your check: the full check finishes it.</source>
        <translation>L’essentiel est la première partie de votre vérification&#xa0;: la vérification complète la termine.</translation>
    </message>
    <message>
        <source>The sub-scores come with the full check: after the essentials, most items are still unanswered.</source>
        <translation>Les sous-scores viennent avec la vérification complète&#xa0;: après l’essentiel, la plupart des éléments restent sans réponse.</translation>
    </message>
    <message>
        <source>Show the fixes of</source>
        <translation>Afficher les corrections de</translation>
    </message>
    <message>
        <source>Show the fixes of:</source>
        <translation>Afficher les corrections de&#xa0;:</translation>
    </message>
    <message>
        <source>Fixes, the most important first</source>
        <translation>Corrections, les plus importantes d’abord</translation>
    </message>
    <message>
        <source>Quick wins: the most points per minute</source>
        <translation>Gains rapides&#xa0;: le plus de points par minute</translation>
    </message>
    <message>
        <source>Quick wins</source>
        <translation>Gains rapides</translation>
    </message>
    <message>
        <source>Every point explained</source>
        <translation>Chaque point expliqué</translation>
    </message>
    <message>
        <source>No score yet</source>
        <translation>Pas encore de score</translation>
    </message>
    <message>
        <source>Answer at least one item: the score and the fixes appear here.</source>
        <translation>Répondez à au moins un élément&#xa0;: le score et les corrections s’afficheront ici.</translation>
    </message>
    <message>
        <source>Provisional score: the essentials only</source>
        <translation>Score provisoire&#xa0;: l’essentiel seulement</translation>
    </message>
    <message>
        <source>%1 out of 100 (%2) over the %3 essential settings. The full check covers every setting and gives your full score.</source>
        <translation>%1 sur 100 (%2) pour les %3 paramètres essentiels. La vérification complète couvre chaque paramètre et donne votre score complet.</translation>
    </message>
    <message>
        <source>Your exposure score</source>
        <translation>Votre score d’exposition</translation>
    </message>
    <message>
        <source>%1 out of 100: %2. %3 answered, %4 unknown (counted as the riskiest answer).</source>
        <translation>%1 sur 100&#xa0;: %2. %3 réponses, %4 inconnues (comptées comme la réponse la plus risquée).</translation>
    </message>
    <message>
        <source>every platform</source>
        <translation>toutes les plateformes</translation>
    </message>
    <message>
        <source>With the fix you ticked: %2 (%3).</source>
        <translation>Avec la correction cochée&#xa0;: %2 (%3).</translation>
    </message>
    <message>
        <source>With the %1 fixes you ticked: %2 (%3).</source>
        <translation>Avec les %1 corrections cochées&#xa0;: %2 (%3).</translation>
    </message>
    <message>
        <source>Tick a fix once you have made it: the score shows what it will be.</source>
        <translation>Cochez une correction une fois faite&#xa0;: le score indique ce qu’il deviendra.</translation>
    </message>
</context>
<context>
    <name>ScoreGauge</name>
    <message>
        <source>Exposure score</source>
        <translation>Score d’exposition</translation>
    </message>
    <message>
        <source>No score yet</source>
        <translation>Aucun score pour l’instant</translation>
    </message>
    <message>
        <source>%1 out of 100, %2</source>
        <translation>%1 sur 100, %2</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Platforms I use</source>
        <translation>Plateformes que j’utilise</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Re-check every (days)</source>
        <translation>Revérifier tous les (jours)</translation>
    </message>
    <message>
        <source>&amp;Re-check every</source>
        <translation>&amp;Revérifier tous les</translation>
    </message>
    <message>
        <source>Check for checklist updates</source>
        <translation>Rechercher des mises à jour des listes</translation>
    </message>
    <message>
        <source>Only when you ask: fetches signed updates from your organisation.</source>
        <translation>Seulement à votre demande&#xa0;: récupère les mises à jour signées de votre organisme.</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>Export everything…</source>
        <translation>Tout exporter…</translation>
    </message>
    <message>
        <source>Delete everything…</source>
        <translation>Tout supprimer…</translation>
    </message>
    <message>
        <source>Attestation for HR…</source>
        <translation>Attestation pour les RH…</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>No check yet: start one</source>
        <translation>Aucune vérification pour l’instant&#xa0;: commencez-en une</translation>
    </message>
    <message>
        <source>A re-check is due</source>
        <translation>Une nouvelle vérification est due</translation>
    </message>
    <message>
        <source>Next re-check: %1</source>
        <translation>Prochaine vérification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open privacycheck</source>
        <translation>Ouvrir privacycheck</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>Quit privacycheck</source>
        <translation>Quitter privacycheck</translation>
    </message>
    <message>
        <source>privacycheck is still running</source>
        <translation>privacycheck reste ouvert</translation>
    </message>
    <message>
        <source>It stays in the tray to remind you when a re-check is due. To quit, open this icon&apos;s menu and choose Quit privacycheck.</source>
        <translation>Il reste dans la zone de notification pour vous rappeler quand une revérification est due. Pour quitter, ouvrez le menu de cette icône et choisissez Quitter privacycheck.</translation>
    </message>
    <message>
        <source>Platforms change their settings often. A re-check starts from your last answers: confirm them and change what changed.</source>
        <translation>Les plateformes changent souvent leurs paramètres. Une revérification part de vos dernières réponses&#xa0;: confirmez-les et changez ce qui a changé.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Time for a re-check</source>
        <translation>Il est temps de revérifier</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to privacycheck</source>
        <translation>Bienvenue dans privacycheck</translation>
    </message>
    <message>
        <source>Your answers stay on this computer: your organisation never sees them.</source>
        <translation>Vos réponses restent sur cet ordinateur&#xa0;: votre organisation ne les voit jamais.</translation>
    </message>
</context>
</TS>
