# The server's pages around the app: the head, the site's header and footer, the home
# page's reference and the page a wrong address gets.

## The document

page-title = Ring Check : votre réseau est-il prêt pour Ring ?
page-description = Vérifiez si votre réseau domestique permet à votre sonnette vidéo Ring, à votre caméra ou à votre Base Ring Alarm de fonctionner, et ce qu'il faut corriger sinon.
page-needs-scripts = Ring Check a besoin de JavaScript et de WebAssembly pour tester votre réseau. Activez JavaScript ou utilisez un navigateur à jour.
page-skip-link = Aller au contenu

## The language switcher: its label, and each language's name in that language.

languages-label = Langue
language-name-en = English
language-name-it = Italiano
language-name-de = Deutsch
language-name-fr = Français
language-name-es = Español
language-name-nl = Nederlands
language-name-ja = 日本語

## The home page

home-heading = Votre réseau domestique est-il prêt pour Ring ?
home-why = Les appareils Ring doivent pouvoir passer par quelques ports de votre box internet. Lorsque le pare-feu de votre box ou votre fournisseur d'accès à internet en bloque un, les symptômes sont déroutants : les alertes de mouvement peuvent continuer d'arriver alors que la Vidéo en direct ne se connecte jamais. Ring Check teste votre connexion et vous indique quelles fonctionnalités Ring vous pourrez utiliser, quel port est en cause et ce qu'il faut changer.
ports-heading = Les ports utilisés par les appareils Ring

## The port table: its caption, its columns (also shown beside each value when the
## table stacks on a phone) and what each row says of its entry.

ports-caption = Ports et protocoles utilisés par les appareils Ring
column-service = Service
column-protocol = Protocole
column-ports = Ports
column-direction = Sens
column-purpose = À quoi il sert
column-blocked = S'il est bloqué
entry-used-by = Utilisé par : { $devices }
entry-source = Source : { $sources }
# Before each note of an entry.
entry-note = Remarque :
# The address family Ring documents these ports for, in bold before its note.
documented-family = En { $family }.

## The cards under the table

blocked-heading = Si quelque chose est bloqué
blocked-router = Vérifiez votre box internet.
blocked-provider = Contactez votre fournisseur d'accès à internet.
blocked-caution = Avant de modifier quoi que ce soit :
wifi-heading = { $device } et sécurité Wi-Fi
wifi-supported = Pris en charge
wifi-supported-with = { $supported } avec { $encryption }
wifi-unsupported = Non pris en charge

## The embed help

embed-heading = Intégrer Ring Check
embed-script = Placez le test dans un article de votre centre d'aide. Avec le script, le cadre s'agrandit et se réduit selon son contenu :
embed-options = Options de l'emplacement :
embed-iframe = Là où les scripts ne sont pas autorisés, un simple cadre de hauteur fixe fonctionne :
embed-oembed = Les pages de ce site proposent aussi oEmbed ({ $path }).
embed-origin = La personne qui gère ce serveur peut limiter les sites autorisés à afficher le cadre avec { $flag }.

## The footer

footer-sources = Ports de Ring selon la version { $version } du catalogue, vérifiés auprès de ces sources le { $checked } :
footer-open-source = Ring Check est open source.

## A page that does not exist

not-found-heading = Page introuvable
not-found-text = Il n'y a rien à cette adresse. Le lien est peut-être mal saisi ou obsolète.
not-found-home = Aller à l'accueil de Ring Check
