<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ps::AtomicFile</name>
    <message>
        <source>cannot create file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot flush to disk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rename into place: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::cli</name>
    <message>
        <source>show a model folder&apos;s configuration, parameters and dtype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a random-initialised LFM2 checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compute the logits of token ids into a safetensors file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate a continuation of token ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: prefstudio [--demo]            open the studio
       prefstudio &lt;command&gt; [options]  run a command

commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
&apos;prefstudio &lt;command&gt; --help&apos; describes a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: unknown command &apos;%1&apos;

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a token id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token ids given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 expects a number, got &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 expects an integer, got &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dtype must be fp32 or bf16, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compute dtype: fp32 or bf16 (default: the checkpoint&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a Hugging Face LFM2 model folder: configuration, parameters, dtype, layer types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model folder (config.json + safetensors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspect needs exactly one MODEL_DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model:          %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model_type:     %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameters:     %1 (%2 M)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights dtype:  %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files:          %1 shard(s), %2 MB
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden size:    %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feed-forward:   %1 (intermediate_size %2%3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, auto-adjusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layers:         %1 (%2 attention, %3 conv)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer types:    %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heads:          %1 query, %2 key/value, head_dim %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vocabulary:     %1 (tied embedding: %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rope theta:     %1, norm eps %2, conv L_cache %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>special ids:    bos %1, eos %2, pad %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a random-initialised LFM2 checkpoint (real config keys and tensor names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.json to use, or a preset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random seed (default 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bf16 (default) or fp32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-model needs --config and --out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1 (%2 M parameters, %3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute logits for token ids; writes one F32 tensor &apos;logits&apos; of shape [T, vocab].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token ids, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output .safetensors file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward needs MODEL_DIR, --ids and --out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token id %1 is outside the vocabulary (size %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate continuations of token ids with the KV/conv cache. Defaults come from the model&apos;s generation_config.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompt token ids, comma-separated; repeat for several prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens to generate at most (default 128)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample instead of greedy decoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>greedy decoding (overrides generation_config.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sampling temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the k most likely tokens (0: off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nucleus sampling threshold (1: off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop tokens below min-p x the top probability (0: off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>penalty for tokens already seen (1: off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidates per prompt (default 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop token ids, comma-separated (default: from the model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print tokens as they are generated (one prompt, one sequence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print one JSON object per sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate needs MODEL_DIR and --ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefill: %1 tokens in %2 s (%3 tok/s); decode: %4 tokens in %5 s (%6 tok/s)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::io::Safetensors</name>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot map file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is %1 bytes, too short for a safetensors header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header length %1 goes beyond the end of the file (%2 bytes); the file is truncated or not safetensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header length %1 exceeds the %2-byte limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON header at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON header is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>__metadata__ is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>__metadata__ value &apos;%1&apos; is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &apos;%1&apos; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has unknown dtype &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has no shape array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has an invalid dimension in its shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has invalid data_offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; ends before it begins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; ends at data byte %2 but the data section has %3 bytes (truncated file?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: shape and dtype %2 need %3 bytes but data_offsets span %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; overlaps the previous tensor (offset %2 &lt; %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unused bytes before tensor &apos;%1&apos; (offset %2, expected %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data section has %1 bytes but tensors cover %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; appears in more than one shard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no model.safetensors or model.safetensors.index.json in the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the index is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no weight_map object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight_map entry &apos;%1&apos; names an invalid shard file &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shard &apos;%1&apos; listed in the index is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is in shard &apos;%2&apos; but not in the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is in shard &apos;%2&apos; but the index says &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is listed in the index but missing from shard &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid tensor name &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate tensor name &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: %2 bytes given, shape needs %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove the old index</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::model</name>
    <message>
        <source>unsupported dtype &apos;%1&apos; (use bf16, fp32 or fp16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no prompts to generate from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of candidates per prompt must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max new tokens must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temperature must be positive when sampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top-p must be in (0, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min-p must be in [0, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repetition penalty must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a prompt has no tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token id %1 is outside the vocabulary (size %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has dtype %2, which Prefstudio cannot compute with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; cannot be written (dtype/layout)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::model::Config</name>
    <message>
        <source>missing key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key &apos;%1&apos; must be an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key &apos;%1&apos; must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key &apos;%1&apos; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.json has no model_type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model_type &apos;lfm2_moe&apos; (LFM2 mixture of experts) is not supported yet; supported: lfm2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown model_type &apos;%1&apos;; supported: lfm2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key &apos;eos_token_id&apos; must hold token ids (non-negative integers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key &apos;eos_token_id&apos; must be a token id or a list of token ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sizes in config.json must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sizes in config.json are implausibly large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>num_attention_heads (%1) is not a multiple of num_key_value_heads (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden_size (%1) is not a multiple of num_attention_heads (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head_dim must be positive and even for rotary embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>norm_eps must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conv_bias = true is not supported (no published LFM2 checkpoint uses it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer_types has %1 entries but num_hidden_layers is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer_types[%1] is &apos;%2&apos;; expected &apos;conv&apos; or &apos;full_attention&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full_attn_idxs holds an invalid layer index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.json has neither layer_types nor full_attn_idxs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the effective feed-forward width is not positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is too large for a config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos;; choose one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::model::Lfm2Model</name>
    <message>
        <source>model folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading model configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading model weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::model::Weights</name>
    <message>
        <source>missing tensor &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has shape %2 but the config needs %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected tensor &apos;%1&apos; (not part of this LFM2 config)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is not a floating-point tensor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::ui</name>
    <message>
        <source>open the bundled demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model folder to open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::ui::MainWindow</name>
    <message>
        <source>Prefstudio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Hugging Face LFM2 model folder (File &gt; Open model...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open model...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open this model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder: %1
Parameters: %2 M
Hidden size: %3, feed-forward: %4
Layers: %5
Heads: %6 query, %7 key/value
Vocabulary: %8
Weights: %9 MB in %10 file(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
