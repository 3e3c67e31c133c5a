// TensorFlow.js reference for the playground's speed check (model/src/speed.rs): the same two
// training steps, same shapes, same optimizer, to time against our engine in the same browser.
//   GPT: 64 sequences x 32 tokens, vocabulary 1,075, d_model 64, 2 pre-LayerNorm blocks of 4
//        heads, GELU MLP (x4), tied output head; cross-entropy on all 2,048 next tokens; Adam.
//   MLP: 128 images x 784 pixels, 784-256-256-20 ReLU, cross-entropy on the 10 digit logits; Adam.
// Each step ends by reading the loss back, as the engine's does. Not part of the product.
/* global tf */

const GPT = { vocab: 1075, context: 40, d: 64, layers: 2, heads: 4, batch: 64, tokens: 32 };
const MLP = { batch: 128, pixels: 784, hidden: 256, outputs: 20 };
const WARM_UP = 2;

const normal = (shape, std) => tf.variable(tf.randomNormal(shape, 0, std, 'float32', 1));
const zeros = (shape) => tf.variable(tf.zeros(shape));
const ones = (shape) => tf.variable(tf.ones(shape));

function layerNorm(x, gamma, beta) {
  const { mean, variance } = tf.moments(x, -1, true);
  return x.sub(mean).div(variance.add(1e-5).sqrt()).mul(gamma).add(beta);
}

function gelu(x) {
  return x.mul(0.5).mul(tf.erf(x.div(Math.SQRT2)).add(1));
}

function gptParams() {
  const { vocab, context, d, layers } = GPT;
  const std = 0.02, residual = 0.02 / Math.sqrt(2 * layers);
  const blocks = [];
  for (let i = 0; i < layers; i++) {
    blocks.push({
      ln1g: ones([d]), ln1b: zeros([d]), qkvW: normal([d, 3 * d], std), qkvB: zeros([3 * d]),
      projW: normal([d, d], residual), projB: zeros([d]), ln2g: ones([d]), ln2b: zeros([d]),
      inW: normal([d, 4 * d], std), inB: zeros([4 * d]), outW: normal([4 * d, d], residual), outB: zeros([d]),
    });
  }
  return { tok: normal([vocab, d], std), pos: normal([context, d], std), blocks, lnfg: ones([d]), lnfb: zeros([d]) };
}

// TF.js's wasm backend has no UnsortedSegmentSum, the kernel behind gather's gradient: there the
// embedding lookup is written as the equivalent one-hot product (what a TF.js user would do).
function embed(p, inputs, oneHotInputs) {
  const { d, batch: b, tokens: t } = GPT;
  const tokens = oneHotInputs ? oneHotInputs.matMul(p.tok).reshape([b, t, d]) : tf.gather(p.tok, inputs);
  return tokens.add(p.pos.slice([0, 0], [t, d]));
}

function gptLoss(p, inputs, targets, mask, oneHotInputs) {
  const { d, heads, batch: b, tokens: t } = GPT;
  const dh = d / heads;
  let x = embed(p, inputs, oneHotInputs);
  const split = (m) => m.reshape([b, t, heads, dh]).transpose([0, 2, 1, 3]);
  for (const k of p.blocks) {
    const h = layerNorm(x, k.ln1g, k.ln1b).reshape([b * t, d]);
    const [q, kk, v] = tf.split(h.matMul(k.qkvW).add(k.qkvB).reshape([b, t, 3 * d]), 3, 2).map(split);
    const scores = tf.matMul(q, kk, false, true).div(Math.sqrt(dh)).add(mask);
    const attended = tf.matMul(tf.softmax(scores), v).transpose([0, 2, 1, 3]).reshape([b * t, d]);
    x = x.add(attended.matMul(k.projW).add(k.projB).reshape([b, t, d]));
    const m = layerNorm(x, k.ln2g, k.ln2b).reshape([b * t, d]);
    x = x.add(gelu(m.matMul(k.inW).add(k.inB)).matMul(k.outW).add(k.outB).reshape([b, t, d]));
  }
  const logits = layerNorm(x, p.lnfg, p.lnfb).reshape([b * t, d]).matMul(p.tok, false, true);
  return tf.losses.softmaxCrossEntropy(tf.oneHot(targets, GPT.vocab), logits);
}

function mlpParams() {
  const layer = (fanIn, fanOut) => ({ w: normal([fanIn, fanOut], 1 / Math.sqrt(fanIn)), b: zeros([fanOut]) });
  return [layer(MLP.pixels, MLP.hidden), layer(MLP.hidden, MLP.hidden), layer(MLP.hidden, MLP.outputs)];
}

function mlpLoss(layers, images, labels) {
  let x = images;
  layers.forEach((l, i) => { x = x.matMul(l.w).add(l.b); if (i < layers.length - 1) x = tf.relu(x); });
  return tf.losses.softmaxCrossEntropy(tf.oneHot(labels, 10), x.slice([0, 0], [MLP.batch, 10]));
}

async function timeLoop(steps, lossFn) {
  const optimizer = tf.train.adam(1e-3, 0.9, 0.999, 1e-8);
  const times = [], losses = [];
  for (let i = 0; i < WARM_UP + steps; i++) {
    const start = performance.now();
    const loss = optimizer.minimize(lossFn, true);
    losses.push((await loss.data())[0]);
    loss.dispose();
    if (i >= WARM_UP) times.push(performance.now() - start);
  }
  optimizer.dispose();
  times.sort((a, b) => a - b);
  return { step_ms: times[Math.floor(times.length / 2)], steps, first_loss: losses[0], last_loss: losses.at(-1) };
}

/** Times both steps on a TF.js backend ('wasm', 'webgpu' or 'cpu'); resolves to {gpt, mlp}. */
window.timeSteps = async function timeSteps(backend, { gptSteps = 10, mlpSteps = 20 } = {}) {
  tf.wasm?.setWasmPaths('/node_modules/@tensorflow/tfjs-backend-wasm/dist/');
  if (!(await tf.setBackend(backend))) throw new Error(`TF.js backend ${backend} is not available here`);
  await tf.ready();
  const { batch: b, tokens: t, vocab } = GPT;
  const p = gptParams();
  const inputs = tf.randomUniform([b, t], 0, vocab, 'int32', 2);
  const targets = tf.randomUniform([b * t], 0, vocab, 'int32', 3);
  const causal = tf.linalg.bandPart(tf.ones([t, t]), -1, 0);
  const mask = tf.sub(1, causal).mul(-1e9).reshape([1, 1, t, t]);
  const oneHotInputs = backend === 'wasm' ? tf.oneHot(inputs.reshape([b * t]), vocab).toFloat() : null;
  const gpt = await timeLoop(gptSteps, () => gptLoss(p, inputs, targets, mask, oneHotInputs));
  const layers = mlpParams();
  const images = tf.randomUniform([MLP.batch, MLP.pixels], -1, 1, 'float32', 4);
  const labels = tf.randomUniform([MLP.batch], 0, 10, 'int32', 5);
  const mlp = await timeLoop(mlpSteps, () => mlpLoss(layers, images, labels));
  return { backend: tf.getBackend(), embedding: oneHotInputs ? 'one-hot matmul' : 'gather', simd: backend === 'wasm' ? await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT') : undefined, gpt, mlp };
};
window.tfjsReady = true;
