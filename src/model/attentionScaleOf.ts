import type { ModelConfig } from "./modelConfig";
/** The factor attention scores are multiplied by: 1 under the unscaled ablation, else the default 1/sqrt(dk). */
export function attentionScaleOf(config: ModelConfig): number | undefined {
  return config.ablations?.unscaled ? 1 : undefined;
}
