# The app's own words: the checker, the results around the verdicts, the share panel,
# the report page and the app's errors. The server hands them to the app in the page;
# a variable arrives as `{name}` for the app to fill in, so messages here select on no
# variable.

## The checker

app-check-heading = Vérifiez votre réseau
app-check-intro = Lancez la vérification depuis un téléphone ou un ordinateur connecté au même Wi-Fi que votre appareil Ring, et non en données mobiles. Cela ne prend que quelques secondes.
app-check-button = Vérifier mon réseau
app-check-again = Vérifier à nouveau
app-local-mode-notice = Mode local : ce serveur Ring Check accepte les adresses privées. Il teste donc la connexion entre cet appareil et le serveur, et non votre box internet.
app-status-starting = Lancement de la vérification…
app-status-running = Tests terminés : { $done } sur { $total }
app-status-done = Vérification terminée. Vos résultats sont ci-dessous.
app-status-not-started = La vérification n'a pas pu démarrer.
app-status-not-finished = La vérification ne s'est pas terminée.
app-progress-label = Progression de la vérification

## The result

app-results-heading = Vos résultats
app-each-way-through = Chaque chemin possible
app-every-test = Tous les tests
app-egress-unsaved = Les résultats de votre navigateur figurent dans le tableau, mais le rapport n'a pas pu les inclure. Les verdicts et le lien de partage ne reposent donc que sur les tests du serveur. Relancez la vérification pour les inclure.
app-own-servers-unreachable = Votre navigateur n'a pu joindre les serveurs de test de Ring Check sur aucun port, donc cette vérification ne peut pas dire si votre réseau bloque quelque chose. Le problème vient plus probablement de notre côté que du vôtre : veuillez réessayer plus tard.
app-no-webrtc = Ce navigateur ne peut pas tester l'UDP (il n'a pas WebRTC), donc le chemin vidéo direct de la Vidéo en direct n'a pas pu être testé. Pour une vérification complète, ouvrez Ring Check dans un autre navigateur, comme Chrome, Firefox, Edge ou Safari sur un téléphone.
app-local-mode-result = Cette vérification a été faite en mode local, sur une adresse privée : elle décrit la connexion de cet ordinateur au serveur Ring Check, et non une box internet.
app-families-heading = IPv4 et IPv6
app-families-why = Pourquoi { $family } : { $note }

## The table of every test

app-table-caption-one-way = Sortant : votre navigateur se connecte vers l'extérieur, comme vos appareils Ring. Entrant : le serveur de Ring Check se connecte en retour à votre réseau.
app-table-caption = Sortant : votre navigateur se connecte vers l'extérieur, comme vos appareils Ring. Entrant : le serveur de Ring Check se connecte en retour à votre réseau. Chaque test en IPv4 et en IPv6 : selon la documentation de Ring, ses appareils utilisent l'IPv4.
app-column-port = Port
app-column-protocol = Protocole
app-column-used-for = Utilisé pour
app-column-outbound = Sortant
app-column-inbound = Entrant
app-column-meaning = Ce que cela signifie
app-not-reached = non atteint
app-not-reached-why = Votre navigateur n'a pas joint Ring Check avec cette version d'IP, il n'y avait donc aucune adresse à tester
app-not-testable = Non testable
app-not-testable-here = Non testable ici
app-testing = Test en cours…
app-not-this-way = Non testé dans ce sens

## What to do

app-fix-heading = Que faire ?
app-fix-nothing-got-out = Ring Check n'a pas pu joindre ses propres serveurs de test depuis votre navigateur, donc cette vérification ne peut pas dire quoi changer. Veuillez réessayer plus tard. Si cela se reproduit uniquement sur ce réseau, celui-ci ne laisse peut-être passer que les pages web.
app-fix-nothing-to-change = Cette vérification n'a rien trouvé à modifier.
app-fix-still-stuck = Si la Vidéo en direct ne se connecte toujours pas, partagez ce résultat avec l'assistance Ring.
app-fix-blocked = Ports bloqués : { $ports }.
app-fix-affects = Fonctionnalités concernées : { $features }.
app-fix-provider-may = Si rien de votre côté n'en est la cause, c'est peut-être votre fournisseur d'accès à internet : voici un message que vous pouvez lui envoyer.
app-fix-check-router = Vérifiez votre box internet.
app-fix-ask-provider = Contactez votre fournisseur d'accès à internet.
app-fix-here-is-a-message = Voici un message que vous pouvez lui envoyer :
app-fix-before-you-change = Avant de modifier quoi que ce soit :
app-provider-message-label = Message pour votre fournisseur d'accès à internet
app-copy-message = Copier le message
app-copied = Copié
app-copy-blocked = Votre navigateur a bloqué la copie. Sélectionnez le texte ci-dessous et copiez-le.

## Sharing

app-share-heading = Partager avec l'assistance Ring
app-share-who-can-see = Toute personne disposant de ce lien peut voir ce résultat jusqu'au { $date }. Votre adresse est en partie masquée.
app-share-link-label = Lien vers ce résultat
app-copy-link = Copier le lien pour l'assistance
app-copy-text = Copier en texte
app-copy-json = Copier en JSON
app-open-full-result = Ouvrir le résultat complet dans un nouvel onglet

## A shared report's page

app-report-loading = Chargement du rapport…
app-report-heading = Résultat Ring Check
app-report-checked-on = Vérifié le { $date } à { $time } UTC depuis { $address }.
app-new-check = Vérifier votre propre réseau

## Errors: a short title, then what happened and what to do

app-try-again = Réessayer
app-run-again = Veuillez relancer la vérification.
app-error-not-public = Ring Check ne voit pas l'adresse internet de votre domicile
app-error-wait = Veuillez patienter un instant
app-error-in-progress = Une vérification est déjà en cours
app-error-busy = Ring Check est très sollicité en ce moment
app-error-no-report = Ce rapport n'existe pas ou a expiré
app-error-bad-link = Ce lien n'est pas un lien Ring Check valide
app-error-bad-link-what = « { $id } » n'est pas un identifiant Ring Check : les identifiants comportent 22 lettres, chiffres, « - » ou « _ ». Vérifiez le lien : il est peut-être incomplet ou mal saisi.
app-error-server = Ring Check rencontre un problème
app-error-server-what = Veuillez réessayer dans une minute. Si cela se reproduit, contactez l'assistance Ring en mentionnant Ring Check.
app-error-other = Une erreur s'est produite
app-error-offline = Impossible de joindre Ring Check
app-error-offline-what = Vérifiez que ce téléphone ou cet ordinateur est connecté à internet, puis réessayez.
app-error-unexpected = Ring Check a envoyé une réponse inattendue
app-error-unexpected-what = Veuillez recharger la page et réessayer.
app-error-lost = La connexion a été interrompue
app-error-lost-what = La vérification a cessé d'envoyer des résultats avant la fin. Vérifiez votre connexion et relancez-la.
app-error-timed-out = La vérification a pris trop de temps
app-error-timed-out-what = Ring Check n'a pas terminé à temps : votre connexion est peut-être très lente ou interrompue. Veuillez relancer la vérification.
app-error-check-failed = La vérification n'a pas pu aboutir

## What each test means, in the table's last column

app-meaning-gets-out = Passe vers l'extérieur
app-meaning-blocked-on-the-way-out = Bloqué en sortie
app-meaning-some-ports-only = Passe vers l'extérieur sur certains ports seulement : sur les autres, les sessions ont besoin des serveurs relais de Ring
app-meaning-nothing-got-out = Rien n'est sorti : impossible de savoir
app-meaning-not-tested = Non testé
app-meaning-not-testable-in-this-browser = Ce navigateur ne peut pas faire ce test (il n'a pas WebRTC) : relancez la vérification dans un autre navigateur pour le tester
app-meaning-intercepted = Autre chose a répondu en chemin (un proxy, un filtre ou une page de connexion)
app-meaning-open-to-the-internet = Ouvert à internet
app-meaning-closed-to-the-internet = Fermé à internet : c'est normal
app-meaning-not-blocked = Non bloqué
app-meaning-blocked-by-a-firewall = Bloqué par un pare-feu
app-meaning-no-reply = Aucune réponse : impossible de savoir
app-meaning-router-silent = Votre box internet reste muette : impossible de savoir

## What each test found: outbound (the browser's), inbound (the server's probe)

app-out-reached = atteint
app-out-failed = échec de connexion
app-out-no-answer = pas de réponse
app-out-intercepted = intercepté
app-out-not-tested = non testé
app-out-unsupported = non testable dans ce navigateur
app-in-open = ouvert
app-in-closed = fermé
app-in-filtered = filtré
app-in-unreachable = injoignable
app-in-open-or-filtered = ouvert ou filtré
app-in-not-tested = non testé
# A round trip, and how long the browser waited for an answer that never came.
app-timing-ms = { $ms } ms
app-timing-waited = { $ms } ms d'attente

## The media range, tested by sample

app-sample-testing = { $done } sur { $total } testés
app-sample-got-out = { $passed } sur { $total } passés vers l'extérieur
# $range is like 16500–65000; $every is a rough spacing, like 3,200.
app-sample-density = Ports testés par échantillonnage : { $count } dans la plage { $range }, environ un tous les { $every }

## The verdicts: each feature, each verdict, the overall sentence, who a path is for

app-feature-notifications = Alertes de mouvement et de sonnerie
app-feature-phone-alerts = Alertes sur votre téléphone
app-feature-live-view = Vidéo en direct
app-feature-two-way-audio = Audio bidirectionnel
app-feature-software-updates = Mises à jour logicielles
app-feature-clock-sync = Synchronisation de l'horloge
app-feature-ring-alarm = Ring Alarm
app-verdict-works = Fonctionne
app-verdict-at-risk = À risque
app-verdict-blocked = Bloqué
app-verdict-not-tested = Non testé
app-overall-works = Votre réseau permet à vos appareils Ring de fonctionner.
app-overall-at-risk = Certaines fonctions Ring risquent de ne pas fonctionner de façon fiable sur ce réseau.
app-overall-blocked = Certaines fonctions Ring sont bloquées sur ce réseau.
app-overall-unknown = Cette vérification n'a pas pu déterminer si les ports dont Ring a besoin sont bloqués.
app-audience-android = Téléphones Android
app-audience-iphone = iPhone
app-interception = Sur ces ports, quelque chose sur votre réseau répond à la place du vrai serveur : un filtre web, un contrôle parental, un logiciel de sécurité ou une page de connexion Wi-Fi. Les appareils Ring ne peuvent pas fonctionner ainsi : désactivez-le pour vos appareils Ring (ou connectez-vous au Wi-Fi), puis relancez la vérification.

## The video upload test, after the check: will Live View stream smoothly?

app-upload-heading = La Vidéo en direct sera-t-elle fluide ?
# $seconds: how long the test takes, about 14.
app-upload-intro = Des ports ouverts ne suffisent pas à eux seuls : la Vidéo en direct a aussi besoin d'un débit d'envoi qui tienne la vidéo d'une caméra sans faiblir, même quand votre ligne est occupée. Ce test envoie à Ring Check l'équivalent d'une vidéo pendant environ { $seconds } secondes. Ring Check compte ce qui arrive et mesure le temps de réponse de votre ligne.
app-upload-cameras = Caméras en direct simultanément
app-upload-button = Tester l'envoi vidéo
app-upload-again = Tester à nouveau
app-upload-measuring-idle = Mesure du temps de réponse de votre ligne au repos…
# $seconds: seconds left; $kbps: what Ring Check received in the last quarter second, in kbit/s.
app-upload-sending = Envoi des données vidéo : il reste { $seconds } s. Ring Check reçoit { $kbps } kbit/s.
app-upload-progress-label = Progression du test d'envoi vidéo
app-upload-chart-alt = Graphique : ce que Ring Check a reçu à chaque quart de seconde par rapport au débit nécessaire, et le temps de réponse de votre ligne au repos et quand elle est occupée.
app-upload-stopped = Le test d'envoi s'est arrêté
app-upload-stopped-what = La connexion à Ring Check s'est fermée avant la fin du test. Vérifiez votre connexion et relancez le test.
app-upload-no-websocket = Ce navigateur ne peut pas faire le test d'envoi. Essayez un autre navigateur.
