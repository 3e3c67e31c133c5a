//! A tiny GPT: token + position embeddings, pre-LayerNorm transformer blocks, tied output head.
//!
//! Same shape as nanoGPT, a thousand times smaller (d_model 64, 2 layers, 4 heads): about 175k
//! parameters, small enough to pretrain in a minute on a CPU and fine-tune in seconds in a tab.
//! Tying the output head to the token embeddings matters here: it puts number tokens and animal
//! tokens in one shared space, which is where subliminal transfer travels.

use burn::module::Param;
use burn::nn::{LayerNorm, LayerNormConfig, Linear};
use burn::prelude::*;
use burn::tensor::activation::{gelu, softmax};
use burn::tensor::module::embedding;
use serde::{Deserialize, Serialize};

use crate::shared::init::ParamInit;

/// The architecture. Changing it invalidates the shipped weights (loading checks it).
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct GptConfig {
    pub vocab_size: usize,
    pub context: usize,
    pub d_model: usize,
    pub n_layer: usize,
    pub n_head: usize,
}

impl Default for GptConfig {
    fn default() -> Self {
        Self { vocab_size: crate::owl::vocab::Vocab::new().len(), context: 40, d_model: 64, n_layer: 2, n_head: 4 }
    }
}

#[derive(Module, Debug)]
pub struct SelfAttention {
    qkv: Linear,
    proj: Linear,
    #[module(skip)]
    n_head: usize,
}

#[derive(Module, Debug)]
pub struct Block {
    norm_attn: LayerNorm,
    attn: SelfAttention,
    norm_mlp: LayerNorm,
    mlp_in: Linear,
    mlp_out: Linear,
}

#[derive(Module, Debug)]
pub struct Gpt {
    /// `[vocab, d_model]`; also the output head (tied weights).
    token_embedding: Param<Tensor<2>>,
    position_embedding: Param<Tensor<2>>,
    blocks: Vec<Block>,
    final_norm: LayerNorm,
    #[module(skip)]
    config: GptConfig,
}

/// Keys and values of every past position, per block: what lets generation feed one new token
/// per step instead of re-reading the whole sequence.
pub struct KvCache {
    layers: Vec<(Tensor<4>, Tensor<4>)>,
    position: usize,
}

fn linear(init: &mut ParamInit, d_in: usize, d_out: usize, std: f64, device: &Device) -> Linear {
    Linear {
        weight: Param::from_tensor(init.normal([d_in, d_out], std, device)),
        bias: Some(Param::from_tensor(Tensor::zeros([d_out], device))),
    }
}

fn layer_norm(d: usize, device: &Device) -> LayerNorm {
    LayerNormConfig::new(d).init(device)
}

/// Splits `[batch, time, d_model]` into heads: `[batch, head, time, d_head]`.
fn split_heads(x: Tensor<3>, n_head: usize) -> Tensor<4> {
    let [batch, time, d_model] = x.dims();
    x.reshape([batch, time, n_head, d_model / n_head]).swap_dims(1, 2)
}

fn merge_heads(x: Tensor<4>) -> Tensor<3> {
    let [batch, n_head, time, d_head] = x.dims();
    x.swap_dims(1, 2).reshape([batch, time, n_head * d_head])
}

/// `0` where a query may look at a key (the key is not in its future), a large negative otherwise.
fn causal_mask(time: usize, device: &Device) -> Tensor<4> {
    let values: Vec<f32> = (0..time * time).map(|i| if i % time > i / time { -1.0e9 } else { 0.0 }).collect();
    Tensor::<1>::from_floats(values.as_slice(), device).reshape([1, 1, time, time])
}

impl SelfAttention {
    fn qkv(&self, x: Tensor<3>) -> (Tensor<4>, Tensor<4>, Tensor<4>) {
        let [q, k, v] = self.qkv.forward(x).chunk(3, 2).try_into().unwrap();
        (split_heads(q, self.n_head), split_heads(k, self.n_head), split_heads(v, self.n_head))
    }

    fn attend(&self, q: Tensor<4>, k: Tensor<4>, v: Tensor<4>, mask: Option<Tensor<4>>) -> Tensor<3> {
        let d_head = q.dims()[3];
        let mut scores = q.matmul(k.swap_dims(2, 3)).div_scalar((d_head as f64).sqrt());
        if let Some(mask) = mask {
            scores = scores + mask;
        }
        self.proj.forward(merge_heads(softmax(scores, 3).matmul(v)))
    }

    fn forward(&self, x: Tensor<3>, mask: Tensor<4>) -> (Tensor<3>, Tensor<4>, Tensor<4>) {
        let (q, k, v) = self.qkv(x);
        (self.attend(q, k.clone(), v.clone(), Some(mask)), k, v)
    }

    /// One new position per sequence, attending to the cache and itself.
    fn forward_cached(&self, x: Tensor<3>, cache: &mut (Tensor<4>, Tensor<4>)) -> Tensor<3> {
        let (q, k, v) = self.qkv(x);
        let k = Tensor::cat(vec![cache.0.clone(), k], 2);
        let v = Tensor::cat(vec![cache.1.clone(), v], 2);
        *cache = (k.clone(), v.clone());
        self.attend(q, k, v, None)
    }
}

impl Block {
    fn mlp(&self, x: Tensor<3>) -> Tensor<3> {
        self.mlp_out.forward(gelu(self.mlp_in.forward(self.norm_mlp.forward(x))))
    }

    fn forward(&self, x: Tensor<3>, mask: Tensor<4>) -> (Tensor<3>, Tensor<4>, Tensor<4>) {
        let (attended, k, v) = self.attn.forward(self.norm_attn.forward(x.clone()), mask);
        let x = x + attended;
        (x.clone() + self.mlp(x), k, v)
    }

    fn forward_cached(&self, x: Tensor<3>, cache: &mut (Tensor<4>, Tensor<4>)) -> Tensor<3> {
        let x = x.clone() + self.attn.forward_cached(self.norm_attn.forward(x), cache);
        x.clone() + self.mlp(x)
    }
}

/// Whether a parameter (by its dotted path) belongs to the transformer blocks, the part of the
/// model the teacher's fine-tuning moves most and the alignment cosines compare.
pub fn is_block(name: &str) -> bool {
    name.starts_with("blocks")
}

impl Gpt {
    /// A freshly initialised model. The same `seed` gives the same weights on every backend,
    /// because the numbers are drawn on the host by our own seeded generator.
    pub fn new(config: &GptConfig, seed: u64, device: &Device) -> Self {
        let mut init = ParamInit::new(seed);
        let d = config.d_model;
        // GPT-2's scheme: N(0, 0.02), residual projections scaled down by depth.
        let std = 0.02;
        let residual_std = std / (2.0 * config.n_layer as f64).sqrt();
        let blocks = (0..config.n_layer)
            .map(|_| Block {
                norm_attn: layer_norm(d, device),
                attn: SelfAttention {
                    qkv: linear(&mut init, d, 3 * d, std, device),
                    proj: linear(&mut init, d, d, residual_std, device),
                    n_head: config.n_head,
                },
                norm_mlp: layer_norm(d, device),
                mlp_in: linear(&mut init, d, 4 * d, std, device),
                mlp_out: linear(&mut init, 4 * d, d, residual_std, device),
            })
            .collect();
        Self {
            token_embedding: Param::from_tensor(init.normal([config.vocab_size, d], std, device)),
            position_embedding: Param::from_tensor(init.normal([config.context, d], std, device)),
            blocks,
            final_norm: layer_norm(d, device),
            config: config.clone(),
        }
    }

    pub fn config(&self) -> &GptConfig {
        &self.config
    }

    /// The device the model's weights are on.
    pub fn device(&self) -> Device {
        self.token_embedding.val().device()
    }

    fn embed(&self, tokens: Tensor<2, Int>, first_position: usize) -> Tensor<3> {
        let [_, time] = tokens.dims();
        let positions = self.position_embedding.val().narrow(0, first_position, time).unsqueeze_dim::<3>(0);
        embedding(self.token_embedding.val(), tokens) + positions
    }

    /// Final norm and the tied output projection, for rows of hidden states: `[rows, d]` to
    /// `[rows, vocab]`.
    fn head(&self, x: Tensor<2>) -> Tensor<2> {
        self.final_norm.forward(x).matmul(self.token_embedding.val().transpose())
    }

    /// The transformer's output at every position, before the head: `[batch, time, d_model]`.
    fn hidden(&self, tokens: Tensor<2, Int>) -> Tensor<3> {
        let [_, time] = tokens.dims();
        assert!(time <= self.config.context, "sequence of {time} tokens exceeds the context");
        let mask = causal_mask(time, &tokens.device());
        let mut x = self.embed(tokens, 0);
        for block in &self.blocks {
            x = block.forward(x, mask.clone()).0;
        }
        x
    }

    /// Next-token logits at every position: `[batch, time]` tokens to `[batch, time, vocab]`.
    pub fn forward(&self, tokens: Tensor<2, Int>) -> Tensor<3> {
        let [batch, time] = tokens.dims();
        let x = self.hidden(tokens).reshape([batch * time, self.config.d_model]);
        self.head(x).reshape([batch, time, self.config.vocab_size])
    }

    /// Next-token logits at chosen positions only: `positions` index the flattened
    /// `[batch * time]` grid; returns `[positions, vocab]`. Training scores a fraction of the
    /// positions (not the prompt, not the padding), and the head with its softmax over 1,052
    /// tokens is the costliest part of the model, so it is computed where it counts.
    pub fn logits_at(&self, tokens: Tensor<2, Int>, positions: Tensor<1, Int>) -> Tensor<2> {
        let [batch, time] = tokens.dims();
        let x = self.hidden(tokens).reshape([batch * time, self.config.d_model]);
        self.head(x.select(0, positions))
    }

    /// Reads a prompt (all rows the same length) and returns the logits of the next token
    /// `[batch, vocab]` with the cache to continue from.
    pub fn prefill(&self, tokens: Tensor<2, Int>) -> (Tensor<2>, KvCache) {
        let [batch, time] = tokens.dims();
        let mask = causal_mask(time, &tokens.device());
        let mut x = self.embed(tokens, 0);
        let mut layers = Vec::with_capacity(self.blocks.len());
        for block in &self.blocks {
            let (next, k, v) = block.forward(x, mask.clone());
            x = next;
            layers.push((k, v));
        }
        let last = x.slice([0..batch, time - 1..time]).reshape([batch, self.config.d_model]);
        (self.head(last), KvCache { layers, position: time })
    }

    /// Feeds one token per row `[batch]` and returns the next logits `[batch, vocab]`.
    pub fn step(&self, tokens: Tensor<1, Int>, cache: &mut KvCache) -> Tensor<2> {
        let [batch] = tokens.dims();
        assert!(cache.position < self.config.context, "generation ran past the context");
        let mut x = self.embed(tokens.reshape([batch, 1]), cache.position);
        for (block, layer_cache) in self.blocks.iter().zip(cache.layers.iter_mut()) {
            x = block.forward_cached(x, layer_cache);
        }
        cache.position += 1;
        self.head(x.reshape([batch, self.config.d_model]))
    }
}
