import type { ModelConfig } from "./modelConfig";

/**
 * Every parameter of the model by name, with its shape (rows, cols); vectors (biases, layer-norm
 * gains) are (1, n). Weights are stored [in, out], so each projection reads Y = X W + b.
 * The names follow the modules of nn.Transformer; torchParameterNames maps them to its state_dict.
 */
export function parameterShapes(config: ModelConfig): Map<string, [number, number]> {
  const { dModel: d, dFF, srcVocab, tgtVocab } = config;
  const shapes = new Map<string, [number, number]>();
  const attention = (prefix: string) => {
    for (const w of ["wq", "wk", "wv", "wo"]) shapes.set(`${prefix}.${w}`, [d, d]);
    for (const b of ["bq", "bk", "bv", "bo"]) shapes.set(`${prefix}.${b}`, [1, d]);
  };
  const norm = (prefix: string) => {
    shapes.set(`${prefix}.gamma`, [1, d]);
    shapes.set(`${prefix}.beta`, [1, d]);
  };
  const feedForward = (prefix: string) => {
    shapes.set(`${prefix}.w1`, [d, dFF]);
    shapes.set(`${prefix}.b1`, [1, dFF]);
    shapes.set(`${prefix}.w2`, [dFF, d]);
    shapes.set(`${prefix}.b2`, [1, d]);
  };
  shapes.set("srcEmbedding", [srcVocab, d]);
  shapes.set("tgtEmbedding", [tgtVocab, d]);
  for (let l = 0; l < config.encoderLayers; ++l) {
    attention(`encoder.${l}.selfAttention`);
    feedForward(`encoder.${l}.feedForward`);
    norm(`encoder.${l}.norm1`);
    norm(`encoder.${l}.norm2`);
  }
  norm("encoder.norm");
  for (let l = 0; l < config.decoderLayers; ++l) {
    attention(`decoder.${l}.selfAttention`);
    attention(`decoder.${l}.crossAttention`);
    feedForward(`decoder.${l}.feedForward`);
    norm(`decoder.${l}.norm1`);
    norm(`decoder.${l}.norm2`);
    norm(`decoder.${l}.norm3`);
  }
  norm("decoder.norm");
  shapes.set("generator.w", [d, tgtVocab]);
  shapes.set("generator.b", [1, tgtVocab]);
  return shapes;
}
