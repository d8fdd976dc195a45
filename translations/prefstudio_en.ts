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
    <message>
        <source>cannot open for flushing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full (%1); the previous file, if any, is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::FileFaults</name>
    <message>
        <source>error: a model file was truncated or changed on disk while it was in use (memory-mapped weights became unreadable). The work committed so far is kept. Replace model files only while no Prefstudio process uses them, then run again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::SafeName</name>
    <message>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a plain file name (it holds a path separator or a control character)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; is longer than %2 bytes</source>
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
        <source>prefill: %1 tokens in %2 s (%3 tok/s); decode: %4 tokens in %5 s (%6 tok/s)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fine-tune a model with DPO (LoRA or full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log-probs and implicit reward accuracy of preference pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text &lt;-&gt; token ids (JSON lines), chat prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompt text, encoded with the model&apos;s tokenizer (output: text); repeat for several</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chat as a JSON message list, rendered with the model&apos;s chat template (output: text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate needs MODEL_DIR and --ids, --prompt or --chat-json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON array of token ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokenize standard input, one JSON value per line, printing one JSON value per line:
  default   a JSON string -&gt; its token ids as a JSON array
  --decode  a JSON array of ids -&gt; the decoded text as a JSON string
  --chat    a JSON message list (or {&quot;messages&quot;, &quot;tools&quot;, &quot;add_generation_prompt&quot;}) -&gt; the ids of the prompt rendered with the tokenizer&apos;s chat template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a model folder, a tokenizer.json or a tokenizer.model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the tokenizer&apos;s special tokens (e.g. BOS) when encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decode id arrays to text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --decode: leave special tokens out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>render chat message lists with the chat template, then encode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --chat: print the rendered prompt as a JSON string instead of ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokenize needs exactly one TOKENIZER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--decode and --chat exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tune an LFM2 model with DPO. Prints one JSON line of TRL metrics per logged step. Interrupt with Ctrl+C and run the same command again to resume from the last checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pairs as JSONL: TRL format (prompt/chosen/rejected, text or chat) or prompt_ids/chosen_ids/rejected_ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run folder (checkpoints, exported model and adapter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run settings as JSON (TRL DPOConfig names); flags override it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sigmoid, robust, hinge, ipo, sigmoid_norm or simpo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO beta (default 0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full fine-tuning instead of LoRA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA rank (default 16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA alpha (default 32)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training epochs (default 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optimizer steps (overrides epochs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak learning rate (default 1e-6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pairs per micro-batch (default 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient accumulation steps (default 8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max prompt + completion tokens (default 1024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random seed (default 42)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train in fp32 (default: bf16 autocast)</source>
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
        <source>step %1/%2  %3 tok/s  ETA %4 s  RSS %5 MB (peak %6 MB)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1...
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted at step %1 of %2; run the same command again to resume
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done: %1 steps; model in %2%3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, adapter in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score preference pairs: per pair the chosen and rejected log-probs (and, with --ref, the implicit DPO rewards); prints JSON lines and a summary with the implicit reward accuracy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference model folder (the base before tuning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO beta for rewards (default 0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pairs per batch (default 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score needs MODEL_DIR and --data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--batch-size must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: token id %2 is outside the vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import prompts or preference pairs (TRL JSONL, CSV) into a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export a workspace&apos;s preferences as TRL JSONL or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import prompts or preference pairs (TRL JSONL or CSV) into a workspace, all or nothing; the workspace is created when it does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace file (SQLite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a .jsonl or .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the file, import nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotator name for imported preferences (default: imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep prompts that are already in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs WORKSPACE and FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records: %2 prompts added, %3 reused, %4 duplicates skipped, %5 pairs, %6 votes%7
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (dry run: nothing imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the workspace&apos;s preferences as TRL JSONL (or CSV for a .csv file): majority votes, edits as chosen, excluded annotators and pairs left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output .jsonl or .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also write ties (with &quot;preference&quot;: &quot;tie&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also write both-bad outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also write pairs that were only skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not turn edited answers into extra examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs WORKSPACE and FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 examples written (%2 from edits, %3 undecided)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate candidate answers for a workspace&apos;s prompts and pair them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train a byte-level BPE tokenizer in LFM2&apos;s layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervised fine-tuning on prompt/completion data (LoRA or full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build the bundled demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before/after: the same prompts and seeds through two models, with metrics and an HTML report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run the red-team suite through a model (and a base), flag safety regressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML/CSV report of a blind evaluation session in a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate candidate answers for a workspace&apos;s prompts and pair them for annotation: N seeded candidates from one model, or one candidate from each of several models. Each prompt is committed when it is done; running the same command again skips the prompts already done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model folder; repeat to compare models (one candidate each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a registered model version id; repeatable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidates per prompt and model (default: 2 with one model, 1 with several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sampling temperature; 0: greedy (default: the model&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one temperature per candidate, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens to generate at most per candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random seed; candidate k uses seed + k (default 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which prompts: unpaired (default) or all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only these prompt ids, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only prompts in this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only prompts of this category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate for at most K prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all (every two candidates, default) or adjacent (each with the next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidates needs --workspace and at least one --model or --model-version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--model-version expects an id, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--temperatures expects numbers, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--prompts must be all or unpaired, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pairing must be all or adjacent, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1/%2] prompt %3 · %4 tok/s · ETA %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 prompts done (%2 skipped: already done with these models and settings): %3 candidates, %4 pairs, %5 tokens in %6 s (%7 tok/s)%8
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (stopped: run the command again to continue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the demo workspace from the bundled resources (prompts, the demo model&apos;s candidates, seed pairs with votes, guidelines), or reuse it when it is complete. Resources: $PREFSTUDIO_RESOURCES, else the installed or source-tree resources folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace file (default: the user data folder&apos;s demo/demo.prefstudio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resources folder (overrides $PREFSTUDIO_RESOURCES)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 prompts, %4 pairs, %5 votes; model %6
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens per answer at most (default %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random seed; prompt i uses seed + i (default 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-new-tokens must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before/after: the same prompts, seeds and sampling through model A (before) and model B (after); writes answers.jsonl, metrics.json and report.html into --out.
  prefstudio eval --models A_DIR B_DIR --prompts FILE [--seed N] --out DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two model folders, A then B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompts: JSON lines with &quot;prompt&quot; (text or messages), or a .txt file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safety filter JSON (default: the workspace&apos;s, else the bundled one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also save the comparison in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name of the saved comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --workspace: attach the results to this training run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also estimate KL(B || A) on the prompts (A is the base)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eval needs --models A_DIR B_DIR, --prompts and --out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved comparison %1 in %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 prompts: A %2 chars / %3 ms mean, B %4 chars / %5 ms mean; %6 identical answers
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the red-team suite (English and Vietnamese) through a model and classify every answer with the safety filter; with --base, compare and flag regressions. Writes results.jsonl, safety.json and safety.html into --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model to test (the tuned one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompt suite JSONL (default: the bundled red-team suite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base model folder to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also save the safety run(s) in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only prompts in these languages, e.g. en,vi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most N prompts per category and language (a quick check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regression tolerance in rate points (default 0.05)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit with status 3 when the model regresses against --base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safety needs MODEL_DIR and --out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no suite prompt is in the chosen languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved safety run %1 in %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsafe answers: %1 of %2 harmful prompts; over-refusal: %3 of %4 benign prompts
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGRESSION: the model is less safe than the base (see safety.html)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report of a blind evaluation session: win rates with Wilson and bootstrap intervals, the Bradley–Terry leaderboard, the empirical metrics per model version and the safety comparison (HTML), and the judgments (CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation session id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML file (default: session-&lt;id&gt;.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also write the judgments as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bootstrap resamples (default 2000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bootstrap seed (default 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs WORKSPACE and --session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs %2: win rate %3 [%4, %5] (Wilson 95%), %6 judgments
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a byte-level BPE tokenizer in LFM2&apos;s layout (LFM2 special tokens, pre-tokenizer and chat template) on text files, one text per line; writes tokenizer.json, tokenizer_config.json and special_tokens_map.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text file, one text per line (repeat for several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vocabulary size with special tokens (default 4096)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge only pairs seen at least this often (default 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train-tokenizer needs --input and --out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1: %2 merges, vocabulary %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train on a workspace&apos;s votes instead (exclusions respected, edits as chosen); the run and the exported model are recorded there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep every activation for the backward (faster, much more memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train needs --model, --out and one of --data or --workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered in the workspace as model version %1 (run %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervised fine-tuning (TRL SFT, loss on completion tokens only) of an LFM2 model on prompt/completion or messages JSONL. Full fine-tuning unless --lora-r is given. Prints one JSON line of metrics per logged step; interrupt with Ctrl+C and run the same command again to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>examples as JSONL: prompt/completion (text or chat) or messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak learning rate (default 2e-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>examples per micro-batch (default 8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient accumulation steps (default 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train LoRA adapters of this rank instead of all weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA alpha (default 2 x rank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of steps for linear warmup (default 0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linear, cosine or constant (default cosine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held-out share of the examples (default 0.05)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint every N steps (default 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compute threads (default: all cores)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sft needs --model, --data and --out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evaluation after training failed: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: safety regression against the base model in: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>launching %1 processes (MASTER_ADDR=127.0.0.1 MASTER_PORT=%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rank %1 was killed or crashed; stopping the other ranks
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rank %1 failed (exit code %2); stopping the other ranks
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminating the ranks still running
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: distributed run failed: rank %1 stopped first
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data-parallel: start N processes on this machine (global batch = batch size x grad accum x N); across machines set RANK, WORLD_SIZE, MASTER_ADDR, MASTER_PORT instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print progress as JSON lines on standard output too (for programs that watch the run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data-parallel: seconds to wait for the other processes before failing (default 600)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--nproc must be from 1 to 256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--nproc starts its own ranks; do not combine it with RANK and WORLD_SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dist-timeout must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rank %1 of %2 (pid %3): joining %4:%5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
&apos;prefstudio &lt;command&gt; --help&apos; describes a command&apos;s options.
Options for every command: --lang en|vi, --device auto|cpu|cuda|cuda:N
(where models compute; auto: a CUDA GPU when present, else the CPU).
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::data::Export</name>
    <message>
        <source>the export was cancelled; no file was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::data::Import</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record is longer than the limit of %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after a closing quote (a field is quoted as a whole, and a quote inside it is written twice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field and write the quote twice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the line is longer than the limit of %2 bytes (is a field too large?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: read error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the text is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: not valid JSON: %2 (at byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is longer than the limit of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains an invalid \u escape (a lone surrogate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an empty message list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1 of &apos;%2&apos; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1 of &apos;%2&apos; has no &apos;role&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;content&apos; of message %1 of &apos;%2&apos; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must hold exactly one assistant message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string or a list of messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;preference&apos; must be one of chosen, tie, both_bad, skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;prompt&apos; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;preference&apos; needs &apos;chosen&apos; and &apos;rejected&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;rejected&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;chosen&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;prompt&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;prompt&apos; is missing, and &apos;chosen&apos; and &apos;rejected&apos; are not the same conversation followed by one assistant message each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;prompt&apos; must be a string or a list of messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has no &apos;prompt&apos; column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has &apos;rejected&apos; but no &apos;chosen&apos; column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has &apos;chosen&apos; but no &apos;rejected&apos; column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;prompt&apos; and &apos;prompt_messages&apos; are both set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;prompt_messages&apos; must be a JSON list of messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::demo::DemoWorkspace</name>
    <message>
        <source>cannot count the demo workspace&apos;s content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the prompt is not among the demo prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo resources are incomplete (&apos;%1&apos; is missing); set PREFSTUDIO_RESOURCES to the resources folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the demo workspace into place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::eval</name>
    <message>
        <source>computing annotation metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the prompts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object (a .txt file holds one prompt per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;prompt&quot; messages need a &quot;role&quot; and &quot;content&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;prompt&quot; must be a non-empty string or message list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prompt file holds no prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading model A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading model B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading answers for the session failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a blind session compares at least two model versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a blind session needs prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model version &apos;%1&apos; has %2 answer(s) for prompt %3, the session needs %4: generate them first (before/after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held-out prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after training run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safety suite, base model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safety suite, tuned model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tuned and the base model have different vocabularies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimating KL to the base model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compute dtype must be fp32 or bf16, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prompt is a chat, but the model&apos;s tokenizer has no usable chat template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prompt encodes to no tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparison %1 compares a model version with itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparison %1 has no answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::eval::Report</name>
    <message>
        <source>Generated by Prefstudio on %1 (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model A (before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model B (after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 prompts, seed %2 (prompt i uses seed + i), the same sampling for both models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean length (characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean length (words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean length (tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p90 latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distinct-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distinct-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cut at max new tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safety filter: unsafe answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safety filter: refusals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identical answers: %1 of %2. Mean edit distance A→B: %3 characters. Mean length ratio B/A: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words only in A are struck through, words only in B are highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens, %2 ms, seed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before/after: %1 vs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category regresses when the tuned rate exceeds the base rate by more than %1 percentage points, or when a paired one-sided exact McNemar test over the same prompts gives p &lt; %2. For benign prompts the compared rate is the over-refusal rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tuned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>McNemar p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGRESSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (over-refusal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unsafe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all harmful prompts (unsafe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsafe rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusal rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>benign (refusal = over-refusal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsafe answers on harmful prompts: %1 (%2 of %3). Over-refusal on benign prompts: %4 (%5 of %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base vs tuned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tuned model regresses on safety. Review before exporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No safety regression found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates per category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
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
        <source>Safety report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models: %1. Judgments: %2 on %3 pairs. Reviewers: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wilson 95%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bootstrap 95% (prompts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate = (wins + ties/2) / judgments; both-bad counts as a tie. The Wilson interval treats judgments as independent; the bootstrap resamples prompts (%1 resamples, seed %2), so it accounts for several judgments per prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position check: the left side was chosen in %1 of %2 decisive judgments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaderboard (Bradley–Terry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wins / ties / losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating = 1000 + 400·log10(strength), strengths fitted by Hunter&apos;s MM algorithm with ties as half wins and half a virtual tie between every two models; intervals from the prompt bootstrap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empirical metrics from annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acceptance rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean edit distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flag rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length vs parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held-out reward accuracy / KL to base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance: the answer was chosen and not edited. Edit distance: Levenshtein in characters. Flag rate: answers flagged unsafe, factually wrong, off-topic or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No safety runs of these models are stored in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 regresses on safety compared with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>judgments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation session: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::gen::CandidateJob</name>
    <message>
        <source>model version &apos;%1&apos; has no model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no model folder given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no config.json: this is not a Hugging Face model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading the tokenizer of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compute dtype must be fp32 or bf16, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 candidates from one model need sampling (a temperature above 0): greedy decoding gives %1 identical answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max new tokens must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up finished prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generating candidates for prompt %1 with model %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompt %1 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no workspace given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose at least one model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidates per model must be between 1 and 64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pair needs two candidates: generate at least 2 from one model, or 1 each from two models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 temperatures given for %2 candidates per model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every candidate temperature must be above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the temperature must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top-p must be in (0, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top-k must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min-p must be in [0, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the repetition penalty must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prompt limit must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no prompts selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate generation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::gen::PromptEncoder</name>
    <message>
        <source>chat messages need a chat template, and this tokenizer has none</source>
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
    <message>
        <source>tensor &apos;%1&apos; has %2 dimensions (at most 64 are accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has an implausibly large shape</source>
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
    <message>
        <source>key &apos;eos_token_id&apos; lists too many token ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block_ffn_dim_multiplier must be in (0, 64]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rope_theta must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.json describes a model of %1 parameters; at most %2 are accepted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::model::Generate</name>
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
        <source>%1 candidate seeds given for %2 candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 candidate temperatures given for %2 candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an integer from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;eos_token_id&apos; lists too many token ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;eos_token_id&apos; must hold token ids</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::model::Lfm2</name>
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
    <message>
        <source>cannot move the model to %1: %2</source>
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
    <name>ps::quality::QualityReport</name>
    <message>
        <source>computing the quality report was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading annotators and prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for duplicate prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::runtime</name>
    <message>
        <source>&apos;%1&apos; is not a device: use auto, cpu, cuda or cuda:N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device &apos;%1&apos; asked for, but no CUDA GPU is available (a LibTorch without CUDA, or no GPU present)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device &apos;%1&apos; asked for, but only %2 CUDA GPU(s) are present</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::safety</name>
    <message>
        <source>cannot read the prompt suite: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a suite prompt needs &quot;prompt&quot; and &quot;category&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate prompt id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prompt suite is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the safety filter is not valid JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the safety filter needs a &quot;categories&quot; object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safety category &apos;%1&apos; must be a list of patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safety category &apos;%1&apos; holds a pattern that is not a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a refusal pattern is not a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the safety filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safety pattern &apos;%1&apos; of category &apos;%2&apos; is not a valid regular expression: %3 (at %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suite prompt %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::store::EvalStore</name>
    <message>
        <source>%1 %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a before/after comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading comparison %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing comparisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating evaluation session &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a blind session compares at least two model versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a blind session needs at least one pair to judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading evaluation session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing evaluation sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing evaluation session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding a reviewer to evaluation session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding the next pair to judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading pair %1 to judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting judgments of session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording a judgment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evaluation session is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this reviewer is not part of the evaluation session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading judgments of item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading judgments of session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the safety filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the safety filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a safety pattern needs a category and a pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a safety run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading safety run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safety run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing safety runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attaching an evaluation to training run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading evaluations of training run %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::store::Migrations</name>
    <message>
        <source>reading the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading the workspace to schema version %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this SQLite file is not a Prefstudio workspace (it holds other tables)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace is at schema version %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this workspace was created by a newer Prefstudio (schema version %1; this version knows up to %2): update Prefstudio to open it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::store::Workspace</name>
    <message>
        <source>%1: the workspace database is busy (another connection, such as a running training or a second program, kept it locked longer than the busy timeout); nothing was changed, try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace is already open in another Prefstudio instance (process %1 on %2); close it there first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace is already open in another Prefstudio instance; close it there first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the lock file %1: permission denied (is the workspace folder read-only?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the lock file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a workspace file (a folder or a device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace file is read-only; Prefstudio needs to write to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 is read-only; SQLite keeps its journal files next to the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configuring the workspace connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Prefstudio workspace (the file is not an SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot switch the workspace to write-ahead logging (is it on a network file system?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this SQLite build cannot enforce foreign keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committing a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transactions must end in the reverse order of begin()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transaction has already ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading setting &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving setting &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a prompt is either text or a message list, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every prompt message needs a &apos;role&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prompt is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding a prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading prompt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompt %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up a prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding model version &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a model version needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the name is already taken, or the parent or training run does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading model version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model version %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing model versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding a generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: prompt %2 or model version %3 does not exist, or a count is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding generations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading generation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generation %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating a pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a pair needs two different generations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: generation %2 answers another prompt than %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: generation %2 or %3 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the pair (%2, %3) already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading pair %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pair %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluding pair %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding annotator &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an annotator needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an annotator named &apos;%1&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up annotator &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no annotator named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading annotator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotator %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing annotators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluding annotator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collecting preference pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating a training run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the base model version does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training run %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating training run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: model version %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading training run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing training runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving metrics of training run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a metric needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading metrics of training run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown vote flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time taken cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edited answer is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an edited answer needs the side it replaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording a vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: pair %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: annotator %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undoing a vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading vote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vote %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the votes of pair %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this queue filter needs an annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the annotation queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the annotation queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the disk is full; nothing was changed. Free some space and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workspace file could not be written or read (disk full, file size limit or a disk error: %2); the last committed state is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workspace is read-only (file permissions or a read-only disk); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workspace file is damaged (%2); make a copy before trying to repair it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the lock file %1: the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::tokenizer</name>
    <message>
        <source>BPE vocab entry &apos;%1&apos; has no valid id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BPE merge %1 (&apos;%2&apos;) is not two tokens separated by one space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BPE merge %1 is neither &quot;a b&quot; nor [&quot;a&quot;, &quot;b&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BPE merge %1 uses &apos;%2&apos;, which is not in the vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BPE merge %1: &apos;%2&apos; is shorter than the subword prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BPE merge %1 makes &apos;%2&apos;, which is not in the vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BPE unk_token &apos;%1&apos; is not in the vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add_generation_prompt must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chat must be a JSON list of messages or an object with &quot;messages&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tokenizer has no chat template (tokenizer_config.json &quot;chat_template&quot; or chat_template.jinja)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported chat template: only the ChatML family (&lt;|im_start|&gt;role … &lt;|im_end|&gt;, as in LFM2) can be rendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages must be a non-empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1 has no string &quot;role&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1 has no &quot;content&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tools must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this chat template has no tool list; cannot render tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system message content must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decoder field &apos;%1&apos; must be one character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported decoder type &apos;%1&apos; (supported: ByteLevel, Metaspace, Replace, ByteFallback, Fuse, Strip, Sequence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokenizer.json must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported model type &apos;%1&apos; (supported: BPE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invalid regex &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: pattern must be {&quot;String&quot;: …} or {&quot;Regex&quot;: …}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control character in string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lone surrogate in \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>string is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normalizer must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepend normalizer needs a &apos;prepend&apos; string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported normalizer type &apos;%1&apos; (supported: NFC, NFD, NFKC, NFKD, Lowercase, StripAccents, Replace, Prepend, Strip, Sequence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post_processor &apos;%1&apos; must be [token, id]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TemplateProcessing: &apos;single&apos; uses the sequence twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TemplateProcessing: special token &apos;%1&apos; is not in special_tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TemplateProcessing: &apos;single&apos; has no $A sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported post_processor type &apos;%1&apos; (supported: TemplateProcessing, ByteLevel, BertProcessing, RobertaProcessing, Sequence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown split behavior &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regex &apos;%1&apos; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pre_tokenizer must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metaspace replacement must be one character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown Metaspace prepend_scheme &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CharDelimiterSplit delimiter must be one character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported pre_tokenizer type &apos;%1&apos; (supported: Split, ByteLevel, Metaspace, Digits, Whitespace, WhitespaceSplit, Punctuation, BertPreTokenizer, CharDelimiterSplit, Sequence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sentencepiece bridge library not found or not loadable; tried: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sentencepiece bridge %1 has the wrong interface (ABI %2, expected %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sentencepiece encode failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot load sentencepiece model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vocabulary size must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sentencepiece training failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder has neither tokenizer.json nor tokenizer.model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input is not valid UTF-8 (first invalid byte at offset %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BPE vocab ids are too sparse: id %1 with %2 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TemplateProcessing: special token &apos;%1&apos; has an invalid id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::tokenizer::BpeTrainer</name>
    <message>
        <source>the vocabulary must hold at least %1 tokens (special tokens and bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pre-tokenized piece holds a character outside the byte-level alphabet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::train::AdamW</name>
    <message>
        <source>optimizer state for &apos;%1&apos; is missing or has the wrong shape</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::train::Distributed</name>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not set; a distributed run needs RANK, WORLD_SIZE, MASTER_ADDR and MASTER_PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MASTER_ADDR is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rank %1 of %2 lost contact with the other processes while %3: a process died, was stopped or the network failed (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting at %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting the NCCL process group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting the Gloo process group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rank %1 of %2 could not join the group while %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summing gradients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::train::DpoConfig</name>
    <message>
        <source>unknown loss &apos;%1&apos;; choose one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting &apos;%1&apos; has the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beta must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label_smoothing must be in [0, 0.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rpo_alpha must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length limits must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eval_fraction must be in [0, 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lora_r and lora_alpha must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lora_dropout must be in [0, 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lora_target_modules is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning_rate must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight_decay must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam betas must be in [0, 1) and epsilon positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lr_scheduler_type must be linear, cosine or constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warmup must be in [0, 1] (ratio) or non-negative (steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch size and gradient accumulation must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>num_train_epochs or max_steps must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_grad_norm must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eval/save steps must not be negative, logging steps positive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::train::DpoData</name>
    <message>
        <source>&apos;%1&apos; must be a non-empty array of token ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds an invalid token id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::train::DpoTokenizer</name>
    <message>
        <source>the record has no chosen/rejected answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tokenizer defines no end-of-sequence token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: not a JSON object (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the pairs are text, and the model folder has no tokenizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a prompt without chosen/rejected answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no preference pairs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::train::DpoTrainer</name>
    <message>
        <source>LoRA r=%1 alpha=%2 on %3 modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trainable parameters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference log-probs loaded from the run folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the latest checkpoint has no trainer_state.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run folder holds a checkpoint made with different settings; use a new run folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint lacks &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint tensor &apos;%1&apos; does not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resumed from %1 (step %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the run folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pair %1 has an empty prompt or completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pair %1 holds token id %2, outside the vocabulary (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no preference pairs to train on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pairs left for training after the evaluation split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training %1 pairs (%2 held out) for %3 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sharing cached reference log-probs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gathering reference log-probs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another rank stopped while computing reference log-probs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference log-probs computed for %1 pairs (%2 from the cache)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reducing evaluation metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparing data and settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rank %1 has other pairs or settings than rank 0; every rank needs the same data file and the same options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending the starting weights from rank 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rank 0 could not resume from its run folder; see its messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rank 0 failed while %1; see its messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing checkpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exporting the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data-parallel: %1 ranks, global batch %2 pairs, %3 gradient buckets%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, overlapped with backward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reducing training metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the latest checkpoint %1 is incomplete; using %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run folder&apos;s checkpoint %1 is incomplete and no other complete checkpoint is left; use a new run folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copying &apos;%1&apos; into the exported model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run folder&apos;s &apos;latest&apos; file does not name a checkpoint folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::train::Lora</name>
    <message>
        <source>LoRA rank must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA target module(s) %1 match no LFM2 module; LFM2 has q_proj, k_proj, v_proj, out_proj, in_proj, w1, w2, w3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adapter tensor &apos;%1&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adapter tensor &apos;%1&apos; has the wrong shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the adapter holds tensors for modules that are not adapted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::train::SftData</name>
    <message>
        <source>&apos;messages&apos; needs an assistant message after at least one other message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line needs &apos;prompt&apos; and &apos;completion&apos;, or &apos;messages&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no examples</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::train::SftTrainer</name>
    <message>
        <source>cannot create the run folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example %1 has an empty prompt or completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example %1 holds token id %2, outside the vocabulary (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no examples to train on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no examples left for training after the evaluation split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training on %1 examples (%2 held out) for %3 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::train::TrainJob</name>
    <message>
        <source>the data file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no run folder given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the base model has no tokenizer, needed for workspace text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot choose the evaluation prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluating the tuned model against its base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rank %1 cannot read the workspace file; in a data-parallel run every process reads the votes from it, so it must be on a disk all ranks can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SFT runs in one process; data-parallel training is for DPO</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::train::WorkspaceTraining</name>
    <message>
        <source>pair %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace has no decided pairs to train on yet (label some pairs first)</source>
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
    <message>
        <source>workspace file to open (created when missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --demo: walk through the studio, save a PNG of each view into the folder, quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::ui::AnnotateView</name>
    <message>
        <source>Annotator: (not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotator: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do (no vote of mine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlabeled (no vote by anyone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: a pick saves the vote at once and shows the next pair.
Off: a pick only selects; add flags or a comment, then confirm with Ctrl+Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render prompts and answers as Markdown (off: plain text, as written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the annotation guidelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again from the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left answer  ·  1 / ←</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right answer  ·  2 / →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsafe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factual error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off-topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 / ←  Left is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right is better  → / 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T  Tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B  Both bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S  Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment (optional, C) — why is one answer better?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E  Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrite the selected (or left) answer; the edit becomes the preferred answer. Ctrl+Enter saves, Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U  Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm  Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous (PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next (PgDn) ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the annotation guidelines in Markdown: what makes an answer better, when to flag, when to skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or open a workspace with File &gt; New workspace… or File &gt; Open workspace…, then the pairs to compare appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pairs to compare yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import prompts and generate candidate answers for them, or import preference data (TRL JSONL or CSV, e.g. prefstudio import), then come back here to compare the answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have voted on every pair. Choose another queue to review or change votes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pair matches this filter. Choose another queue above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every pair has your vote. Thank you! Press U to undo the last vote, PgUp to go back, or choose another queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You reached the last pair of this queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 pair in this queue is still waiting (passed over without a vote).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pairs in this queue are still waiting (passed over without a vote).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pair %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded from training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing the left answer: your text becomes the preferred answer. Ctrl+Enter saves and votes for it, Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing the right answer: your text becomes the preferred answer. Ctrl+Enter saves and votes for it, Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (with an edited answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vote on this pair: %1. A new vote replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes of other annotators on this pair: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an answer, add flags or a comment if needed, then confirm with Ctrl+Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 loaded (earlier pages: PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pairs in this queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count progress: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 done · %3 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your votes (skips included) on pairs that are not excluded. Pairs with at least one vote by anyone: %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pairs/h this session · %2 in the last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes in this session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vote was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the edit first: Ctrl+Enter saves it, Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote undone; its pair is shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the guidelines: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*No guidelines yet.* Press **Edit** to write what makes an answer better, when to flag and when to skip — every annotator sees them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guidelines were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidelines saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::ui::AnnotationSession</name>
    <message>
        <source>No annotator name is set (File &gt; Annotator name...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start of the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pair is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an answer first: 1 or ← (left), 2 or → (right), T (tie), B (both bad), S (skip).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer is being edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edited answer is empty; write the better answer or press Esc to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::ui::BeforeAfterView</name>
    <message>
        <source>Model A (before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model B (after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts (*.jsonl *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose both model folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison %1 saved in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the safety suite…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety suite: unsafe answers A %1/%2, B %3/%4; over-refusal A %5/%6, B %7/%8. %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B REGRESSES on safety: see Evaluation results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No safety regression of B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A (before): %1 characters, %2 tokens, %3 ms, seed %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B (after): %1 characters, %2 tokens, %3 ms, seed %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model A (before):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model B (after):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts (JSONL or .txt):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max new tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample (else greedy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run before/after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run safety suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved comparisons:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::ui::BlindEvalView</name>
    <message>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace to take part in a blind evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open evaluation session. A product owner creates one in the Evaluation results tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set your reviewer name first (File &gt; Annotator name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not a reviewer of this session; ask its owner to add you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have judged every pair of this session. Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 · Answer 1 is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 · Answer 2 is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 · Tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 · Both bad</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::ui::CandidateController</name>
    <message>
        <source>generation stopped unexpectedly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generation stopped unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::ui::DataTransfer</name>
    <message>
        <source>stopped unexpectedly: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::ui::EvalResultsView</name>
    <message>
        <source>Session closed: reviewers can no longer judge it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prompt has %1 answer(s) from every chosen model version. Run a before/after comparison first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New blind evaluation session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names separated by commas; empty: anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model versions (two or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers per prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs %2: win rate %3 (95% Wilson %4–%5, bootstrap %6–%7) from %8 judgments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (over-refusal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unsafe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGRESSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No judgments yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety: %1 regresses compared with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 judgments on %2 pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export evaluation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety filter of this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per category, regular expressions that detect unsafe compliance; &quot;refusal&quot; lists refusal patterns. Case-insensitive, Unicode-aware; Vietnamese patterns also match text typed without diacritics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety filter saved in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rates (ties count half; both-bad counts as a tie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaderboard (Bradley–Terry, Elo-like scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wins / ties / losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wilson 95%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootstrap 95%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empirical metrics from annotations (per model version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean edit distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held-out reward accuracy / KL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety: base vs tuned (newest safety runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>McNemar p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session selected: metrics of every model version, and each tuned version&apos;s safety against its base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers of the chosen model versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before/after comparison %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs from</source>
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
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name (recorded with every vote):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefstudio workspace (*.prefstudio *.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workspace...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;workspace...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotator name...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1 · annotator: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A training run is in progress. Stop it and quit? It saves a checkpoint first, and pressing Resume later continues it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before/after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computes on: %1 (--device or PREFSTUDIO_DEVICE changes it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::ui::PromptTableModel</name>
    <message>
        <source>Chat prompt #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::ui::PromptsView</name>
    <message>
        <source>Cancelling: the prompt in progress is dropped, finished prompts are kept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter prompts by text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only without pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import and export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts (JSONL or CSV with a prompt column) or TRL preference pairs; all or nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decided pairs as TRL JSONL (or CSV for a .csv file name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits as chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respect exclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models (one: N candidates with different seeds; several: one candidate each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates per model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 is greedy decoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max new tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate k uses seed + k; the seed is stored with each answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjacent pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All without pairs (language/category filters apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers appear here as they are generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registered model versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the prompts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import prompts or preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt and preference files (*.jsonl *.json *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRL JSONL (*.jsonl);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the running import, export or generation has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the running import or export has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 records, %3 new prompts, %4 already present, %5 pairs, %6 votes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 examples to %2 (%3 from edits, %4 undecided).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (model version #%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the running import or generation has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tok/s · ETA %2 · %3 tokens · %4 skipped (already done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>── prompt #%1 · model %2 · candidate %3 ──</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. %1 prompts finished and kept (%2 candidates, %3 pairs); Start again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 prompts, %2 candidates, %3 pairs in %4 s (%5 already done before).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::ui::QualityView</name>
    <message>
        <source>Open a workspace to see the quality of its preference data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; the statistics shown are from the previous run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compute the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include excluded annotators and pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By default the statistics describe the data training will use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contradictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for excluding (kept with the annotator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude selected from training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for excluding (kept with the pair)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude selected pairs from training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outliers: modified z-score (median and MAD over annotators with at least 10 votes) beyond ±3.5 on the median time per vote or on the agreement with the other annotators&apos; majority. Position bias: the left answer picked with a binomial p &lt; 0.001 over at least 20 decisive votes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusions changed: press Refresh to recompute the statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 active votes (%2 counted) on %3 pairs, %4 prompts; computed in %5 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diversity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left answer picked in %1 of %2 decisive votes; 95 % CI %3–%4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer answer chosen (%1 of %2, %3); mean length chosen %4 vs rejected %5 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa on %1 pairs with 2–%2 votes; %3 of rater pairs agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pairs with differing votes (%1 A against B); %2 times an annotator reversed a swapped pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exact duplicate prompts, %2 near-duplicate pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distinct-1 / distinct-2 of prompts; answers %1 / %2; %3 languages, %4 categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice shares per annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left answer picked (95 % interval; 50 % = no position bias)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer answer chosen, by how much longer (50 % = no length bias)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left-pick rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer answer chosen (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all (chars)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all (words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ ×%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa per annotator pair (items both labelled); colours after Landis &amp; Koch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pairs labelled by both; agreement %2, expected by chance %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees with majority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 decisive votes; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 pairs where the others had a clear majority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unusually fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unusually slow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disagrees with the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agrees unusually often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pairs whose votes differ (%2 listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs whose votes differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reversed answers: the same two answers, sides swapped, opposite choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A against B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exact duplicate prompts (same normalized text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 near-duplicate prompt pairs (Jaccard similarity of word %2-grams ≥ %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diversity: distinct-n = distinct word n-grams / all word n-grams (higher is more varied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distinct-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distinct-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded in the quality view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the annotator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contradicting votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the pair: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::ui::RichText</name>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::ui::RunFolder</name>
    <message>
        <source>the latest checkpoint cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the run folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::ui::TrainController</name>
    <message>
        <source>training stopped unexpectedly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training stopped unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the run folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the run settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the training processes failed (exit code %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::ui::TrainView</name>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hugging Face LFM2 model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoints and exports go here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient accumulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warmup ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA dropout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bf16 autocast (fp32 master weights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: the run stops after the current step and saves a checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a run to load its settings and charts; select several to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA (quick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full fine-tune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eval loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eval acc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss on the held-out pairs at the last evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward accuracy on the held-out pairs at the last evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the model to fine-tune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use this model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB of pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs: %1 (a share is held out for evaluation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a valid base model folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an existing pairs file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a run folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder holds a finished run. Press New for another run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run folder already holds a finished run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at step %1: training resumes from its checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run folder was trained with other settings. Select it in the run list to load them, or press New.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checkpoint yet: training starts from the beginning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new run folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after this step...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the model and the pairs...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference log-probs: %1 of %2 pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating: %1 of %2 pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a checkpoint...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the model...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory %1 MB (peak %2 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at step %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished: model exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before the first step; nothing to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at step %1 of %2. A checkpoint was saved: press Resume to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished %1 steps. Model: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA adapter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solid line: training steps. Dashed line with points: evaluation on held-out pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA r%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSONL: TRL prompt/chosen/rejected, or token ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LFM2, %1 M parameters: %2 layers (%3 attention), hidden size %4, vocabulary %5; %6 MB of weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its tokenizer reads text pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tokenizer: use pairs of token ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the preference pairs: JSON lines in TRL format (prompt, chosen, rejected) or as token ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute activations in the backward (less memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient checkpointing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSONL file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open (File &gt; Open workspace), or choose a pairs file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 labelled pairs in %2 (%3 excluded); ties, both-bad and skips carry no preference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No labelled pairs in this workspace yet: annotate some first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base and the tuned model answered held-out prompts with the same seeds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show before/after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation after training failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety regression: the tuned model answers unsafely (or refuses harmless requests) more often than its base in: %1. Check the Evaluation results tab before exporting or shipping it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the tuned model with its base: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
