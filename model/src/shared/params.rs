//! Reading every parameter of a module out to the host, and writing values back in.
//!
//! Used to save weights, to load shipped weights, and to measure how a student moved in
//! parameter space. Reads are asynchronous because synchronous reads trap on WebGPU in wasm.

use crate::shared::read::read_scalar;
use burn::module::{Module, ModuleMapper, ModuleVisitor, Param, ParamId};
use burn::prelude::*;

/// One parameter on the host: its dotted path in the module, its shape and its values.
#[derive(Clone, Debug, PartialEq)]
pub struct NamedTensor {
    pub name: String,
    pub shape: Vec<usize>,
    pub values: Vec<f32>,
}

/// Name, shape and device tensor (flattened) of each parameter, in the module's visiting order.
pub fn parameter_tensors<M: Module>(module: &M) -> Vec<(String, Vec<usize>, Tensor<1>)> {
    struct Collect {
        path: Vec<String>,
        found: Vec<(String, Vec<usize>, Tensor<1>)>,
    }
    impl ModuleVisitor for Collect {
        fn enter_module(&mut self, name: &str, _container: &str) {
            self.path.push(name.to_string());
        }
        fn exit_module(&mut self, _name: &str, _container: &str) {
            self.path.pop();
        }
        fn visit_float<const D: usize>(&mut self, param: &Param<Tensor<D>>) {
            let tensor = param.val();
            let shape = tensor.dims().to_vec();
            let count: usize = shape.iter().product();
            self.found.push((self.path.join("."), shape, tensor.reshape([count])));
        }
    }
    let mut collect = Collect { path: Vec::new(), found: Vec::new() };
    module.visit(&mut collect);
    collect.found
}

/// Copies every parameter to the host.
pub async fn read_parameters<M: Module>(module: &M) -> Result<Vec<NamedTensor>, String> {
    let mut out = Vec::new();
    for (name, shape, tensor) in parameter_tensors(module) {
        let data = crate::shared::read::try_read(tensor).await.map_err(|e| format!("reading {name}: {e}"))?;
        let values = data.try_to_vec::<f32>().map_err(|e| format!("reading {name}: {e:?}"))?;
        out.push(NamedTensor { name, shape, values });
    }
    Ok(out)
}

/// Replaces every parameter by the given values, in visiting order. The caller has checked that
/// names and shapes match (see [`crate::shared::weights`]).
pub fn write_parameters<M: Module>(module: M, tensors: &[NamedTensor], device: &Device) -> M {
    struct Write<'a> {
        tensors: std::slice::Iter<'a, NamedTensor>,
        device: Device,
    }
    impl ModuleMapper for Write<'_> {
        fn map_float<const D: usize>(&mut self, _param: Param<Tensor<D>>) -> Param<Tensor<D>> {
            let next = self.tensors.next().expect("one value per parameter");
            Param::from_data(TensorData::new(next.values.clone(), next.shape.clone()), &self.device)
        }
    }
    module.map(&mut Write { tensors: tensors.iter(), device: device.clone() })
}

/// A copy of `module` with every parameter moved by Gaussian noise: each tensor gets independent
/// N(0, (sigma * its own root mean square)^2) draws from `init`, so sigma is relative (0.1 moves
/// every tensor by a tenth of its typical size, whatever its scale; a tensor of zeros stays as it
/// is). New parameter ids.
pub fn perturbed<M: Module>(module: M, sigma: f64, init: &mut crate::shared::init::ParamInit, device: &Device) -> M {
    struct Nudge<'a> {
        sigma: f64,
        init: &'a mut crate::shared::init::ParamInit,
        device: Device,
    }
    impl ModuleMapper for Nudge<'_> {
        fn map_float<const D: usize>(&mut self, param: Param<Tensor<D>>) -> Param<Tensor<D>> {
            let value = param.val();
            let shape: [usize; D] = value.dims();
            let count: usize = shape.iter().product();
            let rms = value.clone().reshape([count]).square().mean().sqrt();
            let noise = self.init.normal(shape, 1.0, &self.device) * rms.mul_scalar(self.sigma).reshape([1; D]);
            Param::from_tensor((value + noise).detach())
        }
    }
    module.map(&mut Nudge { sigma, init, device: device.clone() })
}

/// All parameters of a module as one flat vector on the device (for distances and cosines).
pub fn flatten<M: Module>(module: &M, keep: impl Fn(&str) -> bool) -> Tensor<1> {
    let parts: Vec<Tensor<1>> = parameter_tensors(module).into_iter().filter(|(name, _, _)| keep(name)).map(|(_, _, t)| t).collect();
    Tensor::cat(parts, 0)
}

/// The ids of the parameters whose dotted path `keep` accepts (to train some of a model).
pub fn parameter_ids<M: Module>(module: &M, keep: impl Fn(&str) -> bool) -> Vec<ParamId> {
    struct Collect<F> {
        path: Vec<String>,
        keep: F,
        found: Vec<ParamId>,
    }
    impl<F: Fn(&str) -> bool> ModuleVisitor for Collect<F> {
        fn enter_module(&mut self, name: &str, _container: &str) {
            self.path.push(name.to_string());
        }
        fn exit_module(&mut self, _name: &str, _container: &str) {
            self.path.pop();
        }
        fn visit_float<const D: usize>(&mut self, param: &Param<Tensor<D>>) {
            if (self.keep)(&self.path.join(".")) {
                self.found.push(param.id);
            }
        }
    }
    let mut collect = Collect { path: Vec::new(), keep, found: Vec::new() };
    module.visit(&mut collect);
    collect.found
}

/// A direction to keep a module's move out of (gradient projection, a defence): the module's
/// start and the direction, both flat over every parameter in [`flatten`] order, and the
/// direction's squared length, read once.
pub struct Projection {
    start: Tensor<1>,
    direction: Tensor<1>,
    length_squared: f64,
}

impl Projection {
    pub async fn new(start: Tensor<1>, direction: Tensor<1>) -> Self {
        let length_squared = read_scalar(direction.clone().square().sum()).await;
        Self { start: start.detach(), direction: direction.detach(), length_squared }
    }

    /// `module` with its move from the start stripped of its component along the direction:
    /// each parameter p becomes p - c * d, with c the move's coordinate along d. Parameter ids
    /// are kept, so an optimizer's state carries on. Done after every step, the move never
    /// leaves the subspace orthogonal to the direction. One read from the device.
    pub async fn apply<M: Module>(&self, module: M) -> M {
        let moved = flatten(&module, |_| true).detach() - self.start.clone();
        let along = read_scalar((moved * self.direction.clone()).sum()).await / self.length_squared.max(1e-30);
        struct Strip<'a> {
            direction: &'a Tensor<1>,
            at: usize,
            along: f64,
        }
        impl ModuleMapper for Strip<'_> {
            fn map_float<const D: usize>(&mut self, param: Param<Tensor<D>>) -> Param<Tensor<D>> {
                param.map(|value| {
                    let shape: [usize; D] = value.dims();
                    let count: usize = shape.iter().product();
                    let part = self.direction.clone().slice(self.at..self.at + count).reshape(shape);
                    self.at += count;
                    let trained = value.is_require_grad();
                    let value = (value - part.mul_scalar(self.along)).detach();
                    if trained {
                        value.require_grad()
                    } else {
                        value
                    }
                })
            }
        }
        let mut strip = Strip { direction: &self.direction, at: 0, along };
        let module = module.map(&mut strip);
        assert_eq!(strip.at, self.direction.dims()[0], "the direction covers every parameter");
        module
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mnist::mlp::{Mlp, MlpShape};

    async fn dot(a: Tensor<1>, b: Tensor<1>) -> f64 {
        (a * b).sum().into_data_async().await.unwrap().try_to_vec::<f32>().unwrap()[0] as f64
    }

    #[test]
    fn a_projected_move_keeps_none_of_the_direction_and_all_else_and_the_ids() {
        pollster::block_on(async {
            let device = Device::flex();
            let shape = MlpShape { inputs: 20, aux_logits: 3 };
            let start = Mlp::new(shape, 1, &device);
            let (elsewhere, towards) = (Mlp::new(shape, 2, &device), Mlp::new(shape, 3, &device));
            let from = flatten(&start, |_| true);
            let direction = flatten(&towards, |_| true) - from.clone();
            let moved = flatten(&elsewhere, |_| true) - from.clone();
            let ids = parameter_ids(&elsewhere, |_| true);
            let projected = Projection::new(from.clone(), direction.clone()).await.apply(elsewhere).await;
            assert_eq!(parameter_ids(&projected, |_| true), ids, "an optimizer's state still finds its parameters");
            let left = flatten(&projected, |_| true) - from.clone();
            let norm = dot(direction.clone(), direction.clone()).await;
            assert!(dot(left.clone(), direction.clone()).await.abs() < 1e-4 * norm, "nothing along the direction is left");
            // What was orthogonal to the direction stays: the move lost exactly its projection.
            let expected = moved.clone() - direction.clone().mul_scalar(dot(moved, direction.clone()).await / norm);
            let error = dot(left.clone() - expected.clone(), left - expected).await;
            assert!(error < 1e-6, "{error}");
        });
    }
}
