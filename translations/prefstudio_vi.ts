<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ps::AtomicFile</name>
    <message>
        <source>cannot create file: %1</source>
        <translation>không thể tạo tệp: %1</translation>
    </message>
    <message>
        <source>write failed: %1</source>
        <translation>ghi thất bại: %1</translation>
    </message>
    <message>
        <source>file is not open</source>
        <translation>tệp chưa được mở</translation>
    </message>
    <message>
        <source>cannot flush to disk: %1</source>
        <translation>không thể ghi dữ liệu xuống đĩa: %1</translation>
    </message>
    <message>
        <source>cannot rename into place: %1</source>
        <translation>không thể đổi tên tệp vào vị trí đích: %1</translation>
    </message>
</context>
<context>
    <name>ps::cli</name>
    <message>
        <source>show a model folder's configuration, parameters and dtype</source>
        <translation>hiển thị cấu hình, tham số và dtype của một thư mục mô hình</translation>
    </message>
    <message>
        <source>write a random-initialised LFM2 checkpoint</source>
        <translation>ghi một checkpoint LFM2 được khởi tạo ngẫu nhiên</translation>
    </message>
    <message>
        <source>compute the logits of token ids into a safetensors file</source>
        <translation>tính logits của các token id và ghi vào một tệp safetensors</translation>
    </message>
    <message>
        <source>generate a continuation of token ids</source>
        <translation>sinh phần tiếp theo cho các token id</translation>
    </message>
    <message>
        <source>usage: prefstudio [--demo]            open the studio
       prefstudio &lt;command&gt; [options]  run a command

commands:
</source>
        <translation>cách dùng: prefstudio [--demo]           mở studio
           prefstudio &lt;lệnh&gt; [tùy chọn]  chạy một lệnh

các lệnh:
</translation>
    </message>
    <message>
        <source>
'prefstudio &lt;command&gt; --help' describes a command's options.
</source>
        <translation>
'prefstudio &lt;lệnh&gt; --help' mô tả các tùy chọn của một lệnh.
</translation>
    </message>
    <message>
        <source>error: unknown command '%1'

</source>
        <translation>lỗi: lệnh không xác định '%1'

</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>lỗi: %1</translation>
    </message>
    <message>
        <source>'%1' is not a token id</source>
        <translation>'%1' không phải là token id</translation>
    </message>
    <message>
        <source>no token ids given</source>
        <translation>chưa cung cấp token id nào</translation>
    </message>
    <message>
        <source>--%1 expects a number, got '%2'</source>
        <translation>--%1 cần một số, nhận được '%2'</translation>
    </message>
    <message>
        <source>--%1 expects an integer, got '%2'</source>
        <translation>--%1 cần một số nguyên, nhận được '%2'</translation>
    </message>
    <message>
        <source>--dtype must be fp32 or bf16, got '%1'</source>
        <translation>--dtype phải là fp32 hoặc bf16, nhận được '%1'</translation>
    </message>
    <message>
        <source>compute dtype: fp32 or bf16 (default: the checkpoint's)</source>
        <translation>dtype dùng để tính toán: fp32 hoặc bf16 (mặc định: dtype của checkpoint)</translation>
    </message>
    <message>
        <source>Show a Hugging Face LFM2 model folder: configuration, parameters, dtype, layer types.</source>
        <translation>Hiển thị một thư mục mô hình LFM2 của Hugging Face: cấu hình, tham số, dtype, loại lớp.</translation>
    </message>
    <message>
        <source>model folder (config.json + safetensors)</source>
        <translation>thư mục mô hình (config.json + safetensors)</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>in ra JSON</translation>
    </message>
    <message>
        <source>inspect needs exactly one MODEL_DIR</source>
        <translation>inspect cần đúng một MODEL_DIR</translation>
    </message>
    <message>
        <source>model:          %1
</source>
        <translation>mô hình:        %1
</translation>
    </message>
    <message>
        <source>model_type:     %1
</source>
        <translation>model_type:     %1
</translation>
    </message>
    <message>
        <source>parameters:     %1 (%2 M)
</source>
        <translation>tham số:        %1 (%2 M)
</translation>
    </message>
    <message>
        <source>weights dtype:  %1
</source>
        <translation>dtype trọng số: %1
</translation>
    </message>
    <message>
        <source>files:          %1 shard(s), %2 MB
</source>
        <translation>tệp:            %1 phân mảnh (shard), %2 MB
</translation>
    </message>
    <message>
        <source>hidden size:    %1
</source>
        <translation>kích thước ẩn:  %1
</translation>
    </message>
    <message>
        <source>feed-forward:   %1 (intermediate_size %2%3)
</source>
        <translation>feed-forward:   %1 (intermediate_size %2%3)
</translation>
    </message>
    <message>
        <source>, auto-adjusted</source>
        <translation>, tự động điều chỉnh</translation>
    </message>
    <message>
        <source>layers:         %1 (%2 attention, %3 conv)
</source>
        <translation>số lớp:         %1 (%2 lớp attention, %3 lớp conv)
</translation>
    </message>
    <message>
        <source>layer types:    %1
</source>
        <translation>loại lớp:       %1
</translation>
    </message>
    <message>
        <source>heads:          %1 query, %2 key/value, head_dim %3
</source>
        <translation>số head:        %1 query, %2 key/value, head_dim %3
</translation>
    </message>
    <message>
        <source>vocabulary:     %1 (tied embedding: %2)
</source>
        <translation>từ vựng:        %1 (embedding dùng chung: %2)
</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>rope theta:     %1, norm eps %2, conv L_cache %3
</source>
        <translation>rope theta:     %1, norm eps %2, conv L_cache %3
</translation>
    </message>
    <message>
        <source>special ids:    bos %1, eos %2, pad %3
</source>
        <translation>id đặc biệt:    bos %1, eos %2, pad %3
</translation>
    </message>
    <message>
        <source>Write a random-initialised LFM2 checkpoint (real config keys and tensor names).</source>
        <translation>Ghi một checkpoint LFM2 được khởi tạo ngẫu nhiên (dùng khóa cấu hình và tên tensor thật).</translation>
    </message>
    <message>
        <source>config.json to use, or a preset: %1</source>
        <translation>config.json cần dùng, hoặc một preset: %1</translation>
    </message>
    <message>
        <source>output folder</source>
        <translation>thư mục đầu ra</translation>
    </message>
    <message>
        <source>random seed (default 0)</source>
        <translation>seed ngẫu nhiên (mặc định 0)</translation>
    </message>
    <message>
        <source>bf16 (default) or fp32</source>
        <translation>bf16 (mặc định) hoặc fp32</translation>
    </message>
    <message>
        <source>create-model needs --config and --out</source>
        <translation>create-model cần --config và --out</translation>
    </message>
    <message>
        <source>wrote %1 (%2 M parameters, %3)
</source>
        <translation>đã ghi %1 (%2 M tham số, %3)
</translation>
    </message>
    <message>
        <source>Compute logits for token ids; writes one F32 tensor 'logits' of shape [T, vocab].</source>
        <translation>Tính logits cho các token id; ghi một tensor F32 'logits' có shape [T, vocab].</translation>
    </message>
    <message>
        <source>model folder</source>
        <translation>thư mục mô hình</translation>
    </message>
    <message>
        <source>token ids, comma-separated</source>
        <translation>các token id, phân tách bằng dấu phẩy</translation>
    </message>
    <message>
        <source>output .safetensors file</source>
        <translation>tệp .safetensors đầu ra</translation>
    </message>
    <message>
        <source>forward needs MODEL_DIR, --ids and --out</source>
        <translation>forward cần MODEL_DIR, --ids và --out</translation>
    </message>
    <message>
        <source>token id %1 is outside the vocabulary (size %2)</source>
        <translation>token id %1 nằm ngoài từ vựng (kích thước %2)</translation>
    </message>
    <message>
        <source>Generate continuations of token ids with the KV/conv cache. Defaults come from the model's generation_config.json.</source>
        <translation>Sinh phần tiếp theo cho các token id bằng cache KV/conv. Giá trị mặc định lấy từ generation_config.json của mô hình.</translation>
    </message>
    <message>
        <source>prompt token ids, comma-separated; repeat for several prompts</source>
        <translation>các token id của prompt, phân tách bằng dấu phẩy; lặp lại tùy chọn cho nhiều prompt</translation>
    </message>
    <message>
        <source>tokens to generate at most (default 128)</source>
        <translation>số token tối đa được sinh (mặc định 128)</translation>
    </message>
    <message>
        <source>sample instead of greedy decoding</source>
        <translation>lấy mẫu (sampling) thay vì giải mã tham lam (greedy)</translation>
    </message>
    <message>
        <source>greedy decoding (overrides generation_config.json)</source>
        <translation>giải mã tham lam (greedy) (ghi đè generation_config.json)</translation>
    </message>
    <message>
        <source>sampling temperature</source>
        <translation>nhiệt độ (temperature) khi lấy mẫu</translation>
    </message>
    <message>
        <source>keep the k most likely tokens (0: off)</source>
        <translation>giữ k token có xác suất cao nhất (0: tắt)</translation>
    </message>
    <message>
        <source>nucleus sampling threshold (1: off)</source>
        <translation>ngưỡng lấy mẫu nucleus (1: tắt)</translation>
    </message>
    <message>
        <source>drop tokens below min-p x the top probability (0: off)</source>
        <translation>loại các token có xác suất dưới min-p x xác suất cao nhất (0: tắt)</translation>
    </message>
    <message>
        <source>penalty for tokens already seen (1: off)</source>
        <translation>mức phạt cho các token đã xuất hiện (1: tắt)</translation>
    </message>
    <message>
        <source>candidates per prompt (default 1)</source>
        <translation>số ứng viên cho mỗi prompt (mặc định 1)</translation>
    </message>
    <message>
        <source>stop token ids, comma-separated (default: from the model)</source>
        <translation>các token id dừng, phân tách bằng dấu phẩy (mặc định: lấy từ mô hình)</translation>
    </message>
    <message>
        <source>print tokens as they are generated (one prompt, one sequence)</source>
        <translation>in token ngay khi được sinh (một prompt, một chuỗi)</translation>
    </message>
    <message>
        <source>print one JSON object per sequence</source>
        <translation>in một đối tượng JSON cho mỗi chuỗi</translation>
    </message>
    <message>
        <source>prefill: %1 tokens in %2 s (%3 tok/s); decode: %4 tokens in %5 s (%6 tok/s)
</source>
        <translation>prefill: %1 token trong %2 s (%3 tok/s); decode: %4 token trong %5 s (%6 tok/s)
</translation>
    </message>
    <message>
        <source>fine-tune a model with DPO (LoRA or full)</source>
        <translation>tinh chỉnh mô hình bằng DPO (LoRA hoặc toàn bộ)</translation>
    </message>
    <message>
        <source>log-probs and implicit reward accuracy of preference pairs</source>
        <translation>log-prob và độ chính xác phần thưởng ngầm của các cặp ưu tiên</translation>
    </message>
    <message>
        <source>text &lt;-&gt; token ids (JSON lines), chat prompts</source>
        <translation>văn bản &lt;-&gt; token id (JSON lines), prompt hội thoại</translation>
    </message>
    <message>
        <source>prompt text, encoded with the model's tokenizer (output: text); repeat for several</source>
        <translation>văn bản prompt, được mã hóa bằng tokenizer của mô hình (đầu ra: văn bản); lặp lại cho nhiều prompt</translation>
    </message>
    <message>
        <source>a chat as a JSON message list, rendered with the model's chat template (output: text)</source>
        <translation>một cuộc hội thoại dạng danh sách tin nhắn JSON, được dựng bằng chat template của mô hình (đầu ra: văn bản)</translation>
    </message>
    <message>
        <source>generate needs MODEL_DIR and --ids, --prompt or --chat-json</source>
        <translation>generate cần MODEL_DIR và --ids, --prompt hoặc --chat-json</translation>
    </message>
    <message>
        <source>expected a JSON array of token ids</source>
        <translation>cần một mảng JSON các token id</translation>
    </message>
    <message>
        <source>Tokenize standard input, one JSON value per line, printing one JSON value per line:
  default   a JSON string -&gt; its token ids as a JSON array
  --decode  a JSON array of ids -&gt; the decoded text as a JSON string
  --chat    a JSON message list (or {"messages", "tools", "add_generation_prompt"}) -&gt; the ids of the prompt rendered with the tokenizer's chat template</source>
        <translation>Tách token cho đầu vào chuẩn, mỗi dòng một giá trị JSON, và in ra mỗi dòng một giá trị JSON:
  mặc định  một chuỗi JSON -&gt; các token id của nó dưới dạng mảng JSON
  --decode  một mảng JSON các id -&gt; văn bản đã giải mã dưới dạng chuỗi JSON
  --chat    một danh sách tin nhắn JSON (hoặc {"messages", "tools", "add_generation_prompt"}) -&gt; các id của prompt được dựng bằng chat template của tokenizer</translation>
    </message>
    <message>
        <source>a model folder, a tokenizer.json or a tokenizer.model</source>
        <translation>một thư mục mô hình, một tokenizer.json hoặc một tokenizer.model</translation>
    </message>
    <message>
        <source>add the tokenizer's special tokens (e.g. BOS) when encoding</source>
        <translation>thêm các token đặc biệt của tokenizer (ví dụ BOS) khi mã hóa</translation>
    </message>
    <message>
        <source>decode id arrays to text</source>
        <translation>giải mã các mảng id thành văn bản</translation>
    </message>
    <message>
        <source>with --decode: leave special tokens out</source>
        <translation>với --decode: bỏ qua các token đặc biệt</translation>
    </message>
    <message>
        <source>render chat message lists with the chat template, then encode</source>
        <translation>dựng các danh sách tin nhắn hội thoại bằng chat template, rồi mã hóa</translation>
    </message>
    <message>
        <source>with --chat: print the rendered prompt as a JSON string instead of ids</source>
        <translation>với --chat: in prompt đã dựng dưới dạng chuỗi JSON thay vì các id</translation>
    </message>
    <message>
        <source>tokenize needs exactly one TOKENIZER</source>
        <translation>tokenize cần đúng một TOKENIZER</translation>
    </message>
    <message>
        <source>--decode and --chat exclude each other</source>
        <translation>không thể dùng --decode cùng với --chat</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>không thể đọc đầu vào chuẩn</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>dòng %1</translation>
    </message>
    <message>
        <source>expected a JSON string</source>
        <translation>cần một chuỗi JSON</translation>
    </message>
    <message>
        <source>Fine-tune an LFM2 model with DPO. Prints one JSON line of TRL metrics per logged step. Interrupt with Ctrl+C and run the same command again to resume from the last checkpoint.</source>
        <translation>Tinh chỉnh mô hình LFM2 bằng DPO. In một dòng JSON các chỉ số TRL cho mỗi bước được ghi log. Ngắt bằng Ctrl+C rồi chạy lại đúng lệnh đó để tiếp tục từ checkpoint cuối cùng.</translation>
    </message>
    <message>
        <source>base model folder</source>
        <translation>thư mục mô hình gốc</translation>
    </message>
    <message>
        <source>pairs as JSONL: TRL format (prompt/chosen/rejected, text or chat) or prompt_ids/chosen_ids/rejected_ids</source>
        <translation>các cặp dạng JSONL: định dạng TRL (prompt/chosen/rejected, văn bản hoặc hội thoại) hoặc prompt_ids/chosen_ids/rejected_ids</translation>
    </message>
    <message>
        <source>run folder (checkpoints, exported model and adapter)</source>
        <translation>thư mục lần chạy (checkpoint, mô hình và adapter đã xuất)</translation>
    </message>
    <message>
        <source>run settings as JSON (TRL DPOConfig names); flags override it</source>
        <translation>thiết lập lần chạy dạng JSON (tên theo DPOConfig của TRL); các cờ dòng lệnh sẽ ghi đè</translation>
    </message>
    <message>
        <source>sigmoid, robust, hinge, ipo, sigmoid_norm or simpo</source>
        <translation>sigmoid, robust, hinge, ipo, sigmoid_norm hoặc simpo</translation>
    </message>
    <message>
        <source>DPO beta (default 0.1)</source>
        <translation>beta của DPO (mặc định 0.1)</translation>
    </message>
    <message>
        <source>full fine-tuning instead of LoRA</source>
        <translation>tinh chỉnh toàn bộ thay vì LoRA</translation>
    </message>
    <message>
        <source>LoRA rank (default 16)</source>
        <translation>hạng LoRA (mặc định 16)</translation>
    </message>
    <message>
        <source>LoRA alpha (default 32)</source>
        <translation>alpha của LoRA (mặc định 32)</translation>
    </message>
    <message>
        <source>training epochs (default 3)</source>
        <translation>số epoch huấn luyện (mặc định 3)</translation>
    </message>
    <message>
        <source>optimizer steps (overrides epochs)</source>
        <translation>số bước tối ưu (ghi đè số epoch)</translation>
    </message>
    <message>
        <source>peak learning rate (default 1e-6)</source>
        <translation>tốc độ học đỉnh (mặc định 1e-6)</translation>
    </message>
    <message>
        <source>pairs per micro-batch (default 2)</source>
        <translation>số cặp mỗi micro-batch (mặc định 2)</translation>
    </message>
    <message>
        <source>gradient accumulation steps (default 8)</source>
        <translation>số bước tích lũy gradient (mặc định 8)</translation>
    </message>
    <message>
        <source>max prompt + completion tokens (default 1024)</source>
        <translation>số token tối đa của prompt + câu trả lời (mặc định 1024)</translation>
    </message>
    <message>
        <source>random seed (default 42)</source>
        <translation>seed ngẫu nhiên (mặc định 42)</translation>
    </message>
    <message>
        <source>train in fp32 (default: bf16 autocast)</source>
        <translation>huấn luyện bằng fp32 (mặc định: bf16 autocast)</translation>
    </message>
    <message>
        <source>train needs --model, --data and --out</source>
        <translation>train cần --model, --data và --out</translation>
    </message>
    <message>
        <source>cannot read file</source>
        <translation>không thể đọc tệp</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON không hợp lệ: %1</translation>
    </message>
    <message>
        <source>step %1/%2  %3 tok/s  ETA %4 s  RSS %5 MB (peak %6 MB)
</source>
        <translation>bước %1/%2  %3 tok/s  còn khoảng %4 s  RSS %5 MB (đỉnh %6 MB)
</translation>
    </message>
    <message>
        <source>%1...
</source>
        <translation>%1...
</translation>
    </message>
    <message>
        <source>interrupted at step %1 of %2; run the same command again to resume
</source>
        <translation>đã dừng ở bước %1/%2; chạy lại đúng lệnh đó để tiếp tục
</translation>
    </message>
    <message>
        <source>done: %1 steps; model in %2%3
</source>
        <translation>xong: %1 bước; mô hình ở %2%3
</translation>
    </message>
    <message>
        <source>, adapter in %1</source>
        <translation>, adapter ở %1</translation>
    </message>
    <message>
        <source>Score preference pairs: per pair the chosen and rejected log-probs (and, with --ref, the implicit DPO rewards); prints JSON lines and a summary with the implicit reward accuracy.</source>
        <translation>Chấm điểm các cặp ưu tiên: với mỗi cặp, log-prob của câu được chọn và câu bị loại (và, với --ref, phần thưởng DPO ngầm); in các dòng JSON và một bản tóm tắt kèm độ chính xác phần thưởng ngầm.</translation>
    </message>
    <message>
        <source>reference model folder (the base before tuning)</source>
        <translation>thư mục mô hình tham chiếu (mô hình gốc trước khi tinh chỉnh)</translation>
    </message>
    <message>
        <source>DPO beta for rewards (default 0.1)</source>
        <translation>beta của DPO dùng cho phần thưởng (mặc định 0.1)</translation>
    </message>
    <message>
        <source>pairs per batch (default 4)</source>
        <translation>số cặp mỗi batch (mặc định 4)</translation>
    </message>
    <message>
        <source>score needs MODEL_DIR and --data</source>
        <translation>score cần MODEL_DIR và --data</translation>
    </message>
    <message>
        <source>--batch-size must be positive</source>
        <translation>--batch-size phải là số dương</translation>
    </message>
    <message>
        <source>line %1: token id %2 is outside the vocabulary</source>
        <translation>dòng %1: token id %2 nằm ngoài từ vựng</translation>
    </message>
    <message>
        <source>import prompts or preference pairs (TRL JSONL, CSV) into a workspace</source>
        <translation>nhập prompt hoặc cặp ưu tiên (TRL JSONL, CSV) vào một workspace</translation>
    </message>
    <message>
        <source>export a workspace's preferences as TRL JSONL or CSV</source>
        <translation>xuất các ưu tiên của một workspace thành TRL JSONL hoặc CSV</translation>
    </message>
    <message>
        <source>Import prompts or preference pairs (TRL JSONL or CSV) into a workspace, all or nothing; the workspace is created when it does not exist.</source>
        <translation>Nhập prompt hoặc cặp ưu tiên (TRL JSONL hoặc CSV) vào một workspace, hoặc tất cả hoặc không gì cả; workspace được tạo nếu chưa tồn tại.</translation>
    </message>
    <message>
        <source>workspace file (SQLite)</source>
        <translation>tệp workspace (SQLite)</translation>
    </message>
    <message>
        <source>a .jsonl or .csv file</source>
        <translation>một tệp .jsonl hoặc .csv</translation>
    </message>
    <message>
        <source>check the file, import nothing</source>
        <translation>kiểm tra tệp, không nhập gì</translation>
    </message>
    <message>
        <source>annotator name for imported preferences (default: imported)</source>
        <translation>tên người gán nhãn cho các ưu tiên được nhập (mặc định: imported)</translation>
    </message>
    <message>
        <source>keep prompts that are already in the workspace</source>
        <translation>giữ cả các prompt đã có trong workspace</translation>
    </message>
    <message>
        <source>import needs WORKSPACE and FILE</source>
        <translation>import cần WORKSPACE và FILE</translation>
    </message>
    <message>
        <source>%1 records: %2 prompts added, %3 reused, %4 duplicates skipped, %5 pairs, %6 votes%7
</source>
        <translation>%1 bản ghi: thêm %2 prompt, dùng lại %3, bỏ qua %4 bản trùng, %5 cặp, %6 phiếu%7
</translation>
    </message>
    <message>
        <source> (dry run: nothing imported)</source>
        <translation> (chạy thử: không nhập gì)</translation>
    </message>
    <message>
        <source>Export the workspace's preferences as TRL JSONL (or CSV for a .csv file): majority votes, edits as chosen, excluded annotators and pairs left out.</source>
        <translation>Xuất các ưu tiên của workspace thành TRL JSONL (hoặc CSV với tệp .csv): theo đa số phiếu, bản sửa làm chosen, bỏ qua người gán nhãn và cặp bị loại.</translation>
    </message>
    <message>
        <source>output .jsonl or .csv file</source>
        <translation>tệp .jsonl hoặc .csv đầu ra</translation>
    </message>
    <message>
        <source>also write ties (with "preference": "tie")</source>
        <translation>ghi cả các kết quả hòa (với "preference": "tie")</translation>
    </message>
    <message>
        <source>also write both-bad outcomes</source>
        <translation>ghi cả các kết quả cả hai đều tệ</translation>
    </message>
    <message>
        <source>also write pairs that were only skipped</source>
        <translation>ghi cả các cặp chỉ bị bỏ qua</translation>
    </message>
    <message>
        <source>do not turn edited answers into extra examples</source>
        <translation>không biến câu trả lời đã sửa thành ví dụ bổ sung</translation>
    </message>
    <message>
        <source>export needs WORKSPACE and FILE</source>
        <translation>export cần WORKSPACE và FILE</translation>
    </message>
    <message>
        <source>%1 examples written (%2 from edits, %3 undecided)
</source>
        <translation>đã ghi %1 ví dụ (%2 từ bản sửa, %3 chưa quyết định)
</translation>
    </message>
</context>
<context>
    <name>ps::data::Export</name>
    <message>
        <source>the export was cancelled; no file was written</source>
        <translation>đã hủy việc xuất; không có tệp nào được ghi</translation>
    </message>
</context>
<context>
    <name>ps::data::Import</name>
    <message>
        <source>line %1: %2</source>
        <translation>dòng %1: %2</translation>
    </message>
    <message>
        <source>the record is longer than the limit of %1 bytes</source>
        <translation>bản ghi dài hơn giới hạn %1 byte</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>lỗi đọc: %1</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>văn bản không phải UTF-8 hợp lệ</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote (a field is quoted as a whole, and a quote inside it is written twice)</source>
        <translation>có văn bản thừa sau dấu nháy đóng (cả trường phải nằm trong dấu nháy, và dấu nháy bên trong được viết hai lần)</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field and write the quote twice)</source>
        <translation>có dấu nháy trong một trường không nằm trong dấu nháy (hãy đặt cả trường trong dấu nháy và viết dấu nháy đó hai lần)</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>một trường trong dấu nháy chưa được đóng</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was imported</source>
        <translation>đã hủy việc nhập; không có gì được nhập</translation>
    </message>
    <message>
        <source>line %1: the line is longer than the limit of %2 bytes (is a field too large?)</source>
        <translation>dòng %1: dòng dài hơn giới hạn %2 byte (có trường nào quá lớn không?)</translation>
    </message>
    <message>
        <source>line %1: read error: %2</source>
        <translation>dòng %1: lỗi đọc: %2</translation>
    </message>
    <message>
        <source>line %1: the text is not valid UTF-8</source>
        <translation>dòng %1: văn bản không phải UTF-8 hợp lệ</translation>
    </message>
    <message>
        <source>line %1: not valid JSON: %2 (at byte %3)</source>
        <translation>dòng %1: JSON không hợp lệ: %2 (tại byte %3)</translation>
    </message>
    <message>
        <source>line %1: expected a JSON object</source>
        <translation>dòng %1: cần một đối tượng JSON</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>không thể mở: %1</translation>
    </message>
    <message>
        <source>the file holds no records</source>
        <translation>tệp không chứa bản ghi nào</translation>
    </message>
    <message>
        <source>'%1' is longer than the limit of %2 bytes</source>
        <translation>'%1' dài hơn giới hạn %2 byte</translation>
    </message>
    <message>
        <source>'%1' contains an invalid \u escape (a lone surrogate)</source>
        <translation>'%1' chứa một chuỗi thoát \u không hợp lệ (surrogate đơn lẻ)</translation>
    </message>
    <message>
        <source>'%1' is an empty message list</source>
        <translation>'%1' là một danh sách tin nhắn rỗng</translation>
    </message>
    <message>
        <source>message %1 of '%2' is not an object</source>
        <translation>tin nhắn %1 của '%2' không phải là một đối tượng</translation>
    </message>
    <message>
        <source>message %1 of '%2' has no 'role'</source>
        <translation>tin nhắn %1 của '%2' không có 'role'</translation>
    </message>
    <message>
        <source>'content' of message %1 of '%2' must be a string</source>
        <translation>'content' của tin nhắn %1 trong '%2' phải là một chuỗi</translation>
    </message>
    <message>
        <source>'%1' must hold exactly one assistant message</source>
        <translation>'%1' phải chứa đúng một tin nhắn của assistant</translation>
    </message>
    <message>
        <source>'%1' must be a string or a list of messages</source>
        <translation>'%1' phải là một chuỗi hoặc một danh sách tin nhắn</translation>
    </message>
    <message>
        <source>'%1' is empty</source>
        <translation>'%1' rỗng</translation>
    </message>
    <message>
        <source>'%1' must be a string</source>
        <translation>'%1' phải là một chuỗi</translation>
    </message>
    <message>
        <source>'preference' must be one of chosen, tie, both_bad, skip</source>
        <translation>'preference' phải là một trong chosen, tie, both_bad, skip</translation>
    </message>
    <message>
        <source>'prompt' is empty</source>
        <translation>'prompt' rỗng</translation>
    </message>
    <message>
        <source>'preference' needs 'chosen' and 'rejected'</source>
        <translation>'preference' cần có 'chosen' và 'rejected'</translation>
    </message>
    <message>
        <source>'rejected' is missing</source>
        <translation>thiếu 'rejected'</translation>
    </message>
    <message>
        <source>'chosen' is missing</source>
        <translation>thiếu 'chosen'</translation>
    </message>
    <message>
        <source>'prompt' is missing</source>
        <translation>thiếu 'prompt'</translation>
    </message>
    <message>
        <source>'prompt' is missing, and 'chosen' and 'rejected' are not the same conversation followed by one assistant message each</source>
        <translation>thiếu 'prompt', và 'chosen' với 'rejected' không phải cùng một cuộc hội thoại kết thúc bằng đúng một tin nhắn của assistant ở mỗi bên</translation>
    </message>
    <message>
        <source>'prompt' must be a string or a list of messages</source>
        <translation>'prompt' phải là một chuỗi hoặc một danh sách tin nhắn</translation>
    </message>
    <message>
        <source>column '%1' appears twice</source>
        <translation>cột '%1' xuất hiện hai lần</translation>
    </message>
    <message>
        <source>the header has no 'prompt' column</source>
        <translation>dòng tiêu đề không có cột 'prompt'</translation>
    </message>
    <message>
        <source>the header has 'rejected' but no 'chosen' column</source>
        <translation>dòng tiêu đề có cột 'rejected' nhưng không có cột 'chosen'</translation>
    </message>
    <message>
        <source>the header has 'chosen' but no 'rejected' column</source>
        <translation>dòng tiêu đề có cột 'chosen' nhưng không có cột 'rejected'</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>cần %1 trường như ở dòng tiêu đề, nhưng có %2</translation>
    </message>
    <message>
        <source>'prompt' and 'prompt_messages' are both set</source>
        <translation>cả 'prompt' và 'prompt_messages' đều được đặt</translation>
    </message>
    <message>
        <source>'prompt_messages' must be a JSON list of messages</source>
        <translation>'prompt_messages' phải là một danh sách tin nhắn JSON</translation>
    </message>
</context>
<context>
    <name>ps::io::Safetensors</name>
    <message>
        <source>cannot open: %1</source>
        <translation>không thể mở: %1</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>không phải là tệp thông thường</translation>
    </message>
    <message>
        <source>cannot map file: %1</source>
        <translation>không thể ánh xạ tệp vào bộ nhớ: %1</translation>
    </message>
    <message>
        <source>file is %1 bytes, too short for a safetensors header</source>
        <translation>tệp có %1 byte, quá ngắn để chứa header safetensors</translation>
    </message>
    <message>
        <source>header length %1 goes beyond the end of the file (%2 bytes); the file is truncated or not safetensors</source>
        <translation>độ dài header %1 vượt quá cuối tệp (%2 byte); tệp bị cắt cụt hoặc không phải safetensors</translation>
    </message>
    <message>
        <source>header length %1 exceeds the %2-byte limit</source>
        <translation>độ dài header %1 vượt quá giới hạn %2 byte</translation>
    </message>
    <message>
        <source>invalid JSON header at byte %1: %2</source>
        <translation>header JSON không hợp lệ tại byte %1: %2</translation>
    </message>
    <message>
        <source>JSON header is not an object</source>
        <translation>header JSON không phải là một đối tượng</translation>
    </message>
    <message>
        <source>__metadata__ is not an object</source>
        <translation>__metadata__ không phải là một đối tượng</translation>
    </message>
    <message>
        <source>__metadata__ value '%1' is not a string</source>
        <translation>giá trị '%1' của __metadata__ không phải là chuỗi</translation>
    </message>
    <message>
        <source>entry '%1' is not an object</source>
        <translation>mục '%1' không phải là một đối tượng</translation>
    </message>
    <message>
        <source>tensor '%1' has unknown dtype '%2'</source>
        <translation>tensor '%1' có dtype không xác định '%2'</translation>
    </message>
    <message>
        <source>tensor '%1' has no shape array</source>
        <translation>tensor '%1' không có mảng shape</translation>
    </message>
    <message>
        <source>tensor '%1' has an invalid dimension in its shape</source>
        <translation>tensor '%1' có một chiều không hợp lệ trong shape</translation>
    </message>
    <message>
        <source>tensor '%1' has invalid data_offsets</source>
        <translation>tensor '%1' có data_offsets không hợp lệ</translation>
    </message>
    <message>
        <source>tensor '%1' ends before it begins</source>
        <translation>tensor '%1' kết thúc trước khi bắt đầu</translation>
    </message>
    <message>
        <source>tensor '%1' ends at data byte %2 but the data section has %3 bytes (truncated file?)</source>
        <translation>tensor '%1' kết thúc tại byte dữ liệu %2 nhưng phần dữ liệu chỉ có %3 byte (tệp bị cắt cụt?)</translation>
    </message>
    <message>
        <source>tensor '%1': shape and dtype %2 need %3 bytes but data_offsets span %4</source>
        <translation>tensor '%1': shape và dtype %2 cần %3 byte nhưng data_offsets trải trên %4</translation>
    </message>
    <message>
        <source>tensor '%1' overlaps the previous tensor (offset %2 &lt; %3)</source>
        <translation>tensor '%1' chồng lấn tensor trước đó (offset %2 &lt; %3)</translation>
    </message>
    <message>
        <source>unused bytes before tensor '%1' (offset %2, expected %3)</source>
        <translation>có byte không được dùng trước tensor '%1' (offset %2, mong đợi %3)</translation>
    </message>
    <message>
        <source>data section has %1 bytes but tensors cover %2</source>
        <translation>phần dữ liệu có %1 byte nhưng các tensor chỉ bao phủ %2</translation>
    </message>
    <message>
        <source>tensor '%1' appears in more than one shard</source>
        <translation>tensor '%1' xuất hiện trong nhiều hơn một phân mảnh (shard)</translation>
    </message>
    <message>
        <source>no model.safetensors or model.safetensors.index.json in the folder</source>
        <translation>thư mục không có model.safetensors hoặc model.safetensors.index.json</translation>
    </message>
    <message>
        <source>cannot read the index</source>
        <translation>không thể đọc tệp chỉ mục (index)</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON không hợp lệ: %1</translation>
    </message>
    <message>
        <source>the index is not a JSON object</source>
        <translation>tệp chỉ mục (index) không phải là một đối tượng JSON</translation>
    </message>
    <message>
        <source>no weight_map object</source>
        <translation>không có đối tượng weight_map</translation>
    </message>
    <message>
        <source>weight_map entry '%1' names an invalid shard file '%2'</source>
        <translation>mục weight_map '%1' trỏ tới tệp phân mảnh (shard) không hợp lệ '%2'</translation>
    </message>
    <message>
        <source>shard '%1' listed in the index is missing</source>
        <translation>thiếu phân mảnh (shard) '%1' được liệt kê trong chỉ mục</translation>
    </message>
    <message>
        <source>tensor '%1' is in shard '%2' but not in the index</source>
        <translation>tensor '%1' có trong phân mảnh '%2' nhưng không có trong chỉ mục</translation>
    </message>
    <message>
        <source>tensor '%1' is in shard '%2' but the index says '%3'</source>
        <translation>tensor '%1' nằm trong phân mảnh '%2' nhưng chỉ mục ghi là '%3'</translation>
    </message>
    <message>
        <source>tensor '%1' is listed in the index but missing from shard '%2'</source>
        <translation>tensor '%1' được liệt kê trong chỉ mục nhưng không có trong phân mảnh '%2'</translation>
    </message>
    <message>
        <source>invalid tensor name '%1'</source>
        <translation>tên tensor không hợp lệ '%1'</translation>
    </message>
    <message>
        <source>duplicate tensor name '%1'</source>
        <translation>tên tensor bị trùng '%1'</translation>
    </message>
    <message>
        <source>tensor '%1': %2 bytes given, shape needs %3</source>
        <translation>tensor '%1': nhận được %2 byte, shape cần %3</translation>
    </message>
    <message>
        <source>cannot create folder</source>
        <translation>không thể tạo thư mục</translation>
    </message>
    <message>
        <source>cannot remove the old index</source>
        <translation>không thể xóa tệp chỉ mục cũ</translation>
    </message>
</context>
<context>
    <name>ps::model</name>
    <message>
        <source>unsupported dtype '%1' (use bf16, fp32 or fp16)</source>
        <translation>dtype không được hỗ trợ '%1' (hãy dùng bf16, fp32 hoặc fp16)</translation>
    </message>
    <message>
        <source>cannot create folder</source>
        <translation>không thể tạo thư mục</translation>
    </message>
    <message>
        <source>tensor '%1' has dtype %2, which Prefstudio cannot compute with</source>
        <translation>tensor '%1' có dtype %2, Prefstudio không thể tính toán với dtype này</translation>
    </message>
    <message>
        <source>tensor '%1' cannot be written (dtype/layout)</source>
        <translation>không thể ghi tensor '%1' (dtype/bố cục)</translation>
    </message>
</context>
<context>
    <name>ps::model::Config</name>
    <message>
        <source>missing key %1</source>
        <translation>thiếu khóa %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> hoặc </translation>
    </message>
    <message>
        <source>key '%1' must be an integer</source>
        <translation>khóa '%1' phải là số nguyên</translation>
    </message>
    <message>
        <source>key '%1' must be a number</source>
        <translation>khóa '%1' phải là một số</translation>
    </message>
    <message>
        <source>key '%1' must be true or false</source>
        <translation>khóa '%1' phải là true hoặc false</translation>
    </message>
    <message>
        <source>config.json has no model_type</source>
        <translation>config.json không có model_type</translation>
    </message>
    <message>
        <source>model_type 'lfm2_moe' (LFM2 mixture of experts) is not supported yet; supported: lfm2</source>
        <translation>model_type 'lfm2_moe' (LFM2 mixture of experts) chưa được hỗ trợ; được hỗ trợ: lfm2</translation>
    </message>
    <message>
        <source>unknown model_type '%1'; supported: lfm2</source>
        <translation>model_type không xác định '%1'; được hỗ trợ: lfm2</translation>
    </message>
    <message>
        <source>key 'eos_token_id' must hold token ids (non-negative integers)</source>
        <translation>khóa 'eos_token_id' phải chứa các token id (số nguyên không âm)</translation>
    </message>
    <message>
        <source>key 'eos_token_id' must be a token id or a list of token ids</source>
        <translation>khóa 'eos_token_id' phải là một token id hoặc một danh sách token id</translation>
    </message>
    <message>
        <source>sizes in config.json must be positive</source>
        <translation>các kích thước trong config.json phải dương</translation>
    </message>
    <message>
        <source>sizes in config.json are implausibly large</source>
        <translation>các kích thước trong config.json lớn một cách bất hợp lý</translation>
    </message>
    <message>
        <source>num_attention_heads (%1) is not a multiple of num_key_value_heads (%2)</source>
        <translation>num_attention_heads (%1) không phải là bội số của num_key_value_heads (%2)</translation>
    </message>
    <message>
        <source>hidden_size (%1) is not a multiple of num_attention_heads (%2)</source>
        <translation>hidden_size (%1) không phải là bội số của num_attention_heads (%2)</translation>
    </message>
    <message>
        <source>head_dim must be positive and even for rotary embeddings</source>
        <translation>head_dim phải dương và chẵn để dùng rotary embedding</translation>
    </message>
    <message>
        <source>norm_eps must be positive</source>
        <translation>norm_eps phải dương</translation>
    </message>
    <message>
        <source>conv_bias = true is not supported (no published LFM2 checkpoint uses it)</source>
        <translation>conv_bias = true không được hỗ trợ (không checkpoint LFM2 công bố nào dùng nó)</translation>
    </message>
    <message>
        <source>layer_types has %1 entries but num_hidden_layers is %2</source>
        <translation>layer_types có %1 mục nhưng num_hidden_layers là %2</translation>
    </message>
    <message>
        <source>layer_types[%1] is '%2'; expected 'conv' or 'full_attention'</source>
        <translation>layer_types[%1] là '%2'; cần 'conv' hoặc 'full_attention'</translation>
    </message>
    <message>
        <source>full_attn_idxs holds an invalid layer index</source>
        <translation>full_attn_idxs chứa một chỉ số lớp không hợp lệ</translation>
    </message>
    <message>
        <source>config.json has neither layer_types nor full_attn_idxs</source>
        <translation>config.json không có layer_types lẫn full_attn_idxs</translation>
    </message>
    <message>
        <source>the effective feed-forward width is not positive</source>
        <translation>độ rộng feed-forward thực tế không dương</translation>
    </message>
    <message>
        <source>cannot read file</source>
        <translation>không thể đọc tệp</translation>
    </message>
    <message>
        <source>file is too large for a config</source>
        <translation>tệp quá lớn đối với một tệp cấu hình</translation>
    </message>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation>JSON không hợp lệ tại byte %1: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>không phải là một đối tượng JSON</translation>
    </message>
    <message>
        <source>unknown preset '%1'; choose one of: %2</source>
        <translation>preset không xác định '%1'; hãy chọn một trong: %2</translation>
    </message>
</context>
<context>
    <name>ps::model::Generate</name>
    <message>
        <source>no prompts to generate from</source>
        <translation>không có prompt nào để sinh</translation>
    </message>
    <message>
        <source>the number of candidates per prompt must be at least 1</source>
        <translation>số ứng viên cho mỗi prompt phải ít nhất là 1</translation>
    </message>
    <message>
        <source>max new tokens must not be negative</source>
        <translation>số token mới tối đa không được âm</translation>
    </message>
    <message>
        <source>temperature must be positive when sampling</source>
        <translation>temperature phải dương khi lấy mẫu</translation>
    </message>
    <message>
        <source>top-p must be in (0, 1]</source>
        <translation>top-p phải nằm trong khoảng (0, 1]</translation>
    </message>
    <message>
        <source>min-p must be in [0, 1]</source>
        <translation>min-p phải nằm trong khoảng [0, 1]</translation>
    </message>
    <message>
        <source>repetition penalty must be positive</source>
        <translation>mức phạt lặp lại (repetition penalty) phải dương</translation>
    </message>
    <message>
        <source>a prompt has no tokens</source>
        <translation>có một prompt không chứa token nào</translation>
    </message>
    <message>
        <source>token id %1 is outside the vocabulary (size %2)</source>
        <translation>token id %1 nằm ngoài từ vựng (kích thước %2)</translation>
    </message>
    <message>
        <source>generation failed: %1</source>
        <translation>sinh văn bản thất bại: %1</translation>
    </message>
    <message>
        <source>cannot read file</source>
        <translation>không thể đọc tệp</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON không hợp lệ: %1</translation>
    </message>
</context>
<context>
    <name>ps::model::Lfm2</name>
    <message>
        <source>model folder does not exist</source>
        <translation>thư mục mô hình không tồn tại</translation>
    </message>
    <message>
        <source>loading model configuration</source>
        <translation>đang tải cấu hình mô hình</translation>
    </message>
    <message>
        <source>loading model weights</source>
        <translation>đang tải trọng số mô hình</translation>
    </message>
    <message>
        <source>cannot create folder</source>
        <translation>không thể tạo thư mục</translation>
    </message>
</context>
<context>
    <name>ps::model::Weights</name>
    <message>
        <source>missing tensor '%1'</source>
        <translation>thiếu tensor '%1'</translation>
    </message>
    <message>
        <source>tensor '%1' has shape %2 but the config needs %3</source>
        <translation>tensor '%1' có shape %2 nhưng cấu hình cần %3</translation>
    </message>
    <message>
        <source>unexpected tensor '%1' (not part of this LFM2 config)</source>
        <translation>tensor không mong đợi '%1' (không thuộc cấu hình LFM2 này)</translation>
    </message>
    <message>
        <source>tensor '%1' is not a floating-point tensor</source>
        <translation>tensor '%1' không phải là tensor số thực dấu phẩy động</translation>
    </message>
</context>
<context>
    <name>ps::store::Migrations</name>
    <message>
        <source>reading the schema version</source>
        <translation>đọc phiên bản lược đồ</translation>
    </message>
    <message>
        <source>upgrading the workspace to schema version %1 (%2)</source>
        <translation>nâng cấp không gian làm việc lên phiên bản lược đồ %1 (%2)</translation>
    </message>
    <message>
        <source>checking the workspace file</source>
        <translation>kiểm tra tệp không gian làm việc</translation>
    </message>
    <message>
        <source>this SQLite file is not a Prefstudio workspace (it holds other tables)</source>
        <translation>tệp SQLite này không phải là không gian làm việc của Prefstudio (nó chứa các bảng khác)</translation>
    </message>
    <message>
        <source>the workspace is at schema version %1, expected %2</source>
        <translation>không gian làm việc đang ở phiên bản lược đồ %1, cần %2</translation>
    </message>
    <message>
        <source>this workspace was created by a newer Prefstudio (schema version %1; this version knows up to %2): update Prefstudio to open it</source>
        <translation>không gian làm việc này được tạo bởi một phiên bản Prefstudio mới hơn (phiên bản lược đồ %1; phiên bản này chỉ biết đến %2): hãy cập nhật Prefstudio để mở nó</translation>
    </message>
</context>
<context>
    <name>ps::store::Workspace</name>
    <message>
        <source>%1: the workspace database is busy (another connection, such as a running training or a second program, kept it locked longer than the busy timeout); nothing was changed, try again</source>
        <translation>%1: cơ sở dữ liệu của không gian làm việc đang bận (một kết nối khác, chẳng hạn một lần huấn luyện đang chạy hoặc một chương trình thứ hai, đã khóa nó lâu hơn thời gian chờ); chưa có gì thay đổi, hãy thử lại</translation>
    </message>
    <message>
        <source>the workspace is already open in another Prefstudio instance (process %1 on %2); close it there first</source>
        <translation>không gian làm việc đang được mở trong một phiên Prefstudio khác (tiến trình %1 trên %2); hãy đóng nó ở đó trước</translation>
    </message>
    <message>
        <source>the workspace is already open in another Prefstudio instance; close it there first</source>
        <translation>không gian làm việc đang được mở trong một phiên Prefstudio khác; hãy đóng nó ở đó trước</translation>
    </message>
    <message>
        <source>cannot create the lock file %1: permission denied (is the workspace folder read-only?)</source>
        <translation>không thể tạo tệp khóa %1: không có quyền (thư mục không gian làm việc có đang chỉ cho đọc không?)</translation>
    </message>
    <message>
        <source>cannot create the lock file %1</source>
        <translation>không thể tạo tệp khóa %1</translation>
    </message>
    <message>
        <source>not a workspace file (a folder or a device)</source>
        <translation>không phải tệp không gian làm việc (đây là một thư mục hoặc một thiết bị)</translation>
    </message>
    <message>
        <source>the workspace file is read-only; Prefstudio needs to write to it</source>
        <translation>tệp không gian làm việc chỉ cho đọc; Prefstudio cần ghi vào nó</translation>
    </message>
    <message>
        <source>the workspace file does not exist</source>
        <translation>tệp không gian làm việc không tồn tại</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>thư mục %1 không tồn tại</translation>
    </message>
    <message>
        <source>the folder %1 is read-only; SQLite keeps its journal files next to the workspace</source>
        <translation>thư mục %1 chỉ cho đọc; SQLite cần đặt các tệp nhật ký của nó bên cạnh không gian làm việc</translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not available</source>
        <translation>không có trình điều khiển SQLite của Qt (QSQLITE)</translation>
    </message>
    <message>
        <source>opening the workspace</source>
        <translation>mở không gian làm việc</translation>
    </message>
    <message>
        <source>configuring the workspace connection</source>
        <translation>cấu hình kết nối tới không gian làm việc</translation>
    </message>
    <message>
        <source>not a Prefstudio workspace (the file is not an SQLite database)</source>
        <translation>không phải không gian làm việc của Prefstudio (tệp không phải cơ sở dữ liệu SQLite)</translation>
    </message>
    <message>
        <source>cannot switch the workspace to write-ahead logging (is it on a network file system?)</source>
        <translation>không thể chuyển không gian làm việc sang chế độ write-ahead logging (nó có nằm trên hệ thống tệp mạng không?)</translation>
    </message>
    <message>
        <source>this SQLite build cannot enforce foreign keys</source>
        <translation>bản dựng SQLite này không thể kiểm tra khóa ngoại</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>bắt đầu giao dịch</translation>
    </message>
    <message>
        <source>committing a transaction</source>
        <translation>xác nhận giao dịch</translation>
    </message>
    <message>
        <source>transactions must end in the reverse order of begin()</source>
        <translation>các giao dịch phải kết thúc theo thứ tự ngược với begin()</translation>
    </message>
    <message>
        <source>the transaction has already ended</source>
        <translation>giao dịch đã kết thúc</translation>
    </message>
    <message>
        <source>preparing a statement</source>
        <translation>chuẩn bị câu lệnh</translation>
    </message>
    <message>
        <source>reading setting '%1'</source>
        <translation>đọc thiết lập '%1'</translation>
    </message>
    <message>
        <source>saving setting '%1'</source>
        <translation>lưu thiết lập '%1'</translation>
    </message>
    <message>
        <source>a prompt is either text or a message list, not both</source>
        <translation>một prompt là văn bản hoặc danh sách tin nhắn, không thể là cả hai</translation>
    </message>
    <message>
        <source>every prompt message needs a 'role'</source>
        <translation>mỗi tin nhắn của prompt cần có 'role'</translation>
    </message>
    <message>
        <source>the prompt is empty</source>
        <translation>prompt rỗng</translation>
    </message>
    <message>
        <source>adding a prompt</source>
        <translation>thêm một prompt</translation>
    </message>
    <message>
        <source>adding prompts</source>
        <translation>thêm các prompt</translation>
    </message>
    <message>
        <source>reading prompt %1</source>
        <translation>đọc prompt %1</translation>
    </message>
    <message>
        <source>prompt %1 does not exist</source>
        <translation>prompt %1 không tồn tại</translation>
    </message>
    <message>
        <source>looking up a prompt</source>
        <translation>tìm một prompt</translation>
    </message>
    <message>
        <source>counting prompts</source>
        <translation>đếm các prompt</translation>
    </message>
    <message>
        <source>adding model version '%1'</source>
        <translation>thêm phiên bản mô hình '%1'</translation>
    </message>
    <message>
        <source>a model version needs a name</source>
        <translation>phiên bản mô hình cần có tên</translation>
    </message>
    <message>
        <source>%1: the name is already taken, or the parent or training run does not exist</source>
        <translation>%1: tên đã được dùng, hoặc phiên bản cha hay lần huấn luyện không tồn tại</translation>
    </message>
    <message>
        <source>reading model version %1</source>
        <translation>đọc phiên bản mô hình %1</translation>
    </message>
    <message>
        <source>model version %1 does not exist</source>
        <translation>phiên bản mô hình %1 không tồn tại</translation>
    </message>
    <message>
        <source>listing model versions</source>
        <translation>liệt kê các phiên bản mô hình</translation>
    </message>
    <message>
        <source>adding a generation</source>
        <translation>thêm một câu trả lời được sinh</translation>
    </message>
    <message>
        <source>%1: prompt %2 or model version %3 does not exist, or a count is negative</source>
        <translation>%1: prompt %2 hoặc phiên bản mô hình %3 không tồn tại, hoặc có một số đếm bị âm</translation>
    </message>
    <message>
        <source>adding generations</source>
        <translation>thêm các câu trả lời được sinh</translation>
    </message>
    <message>
        <source>reading generation %1</source>
        <translation>đọc câu trả lời được sinh %1</translation>
    </message>
    <message>
        <source>generation %1 does not exist</source>
        <translation>câu trả lời được sinh %1 không tồn tại</translation>
    </message>
    <message>
        <source>creating a pair</source>
        <translation>tạo một cặp</translation>
    </message>
    <message>
        <source>%1: a pair needs two different generations</source>
        <translation>%1: một cặp cần hai câu trả lời được sinh khác nhau</translation>
    </message>
    <message>
        <source>%1: generation %2 answers another prompt than %3</source>
        <translation>%1: câu trả lời %2 thuộc về một prompt khác với %3</translation>
    </message>
    <message>
        <source>%1: generation %2 or %3 does not exist</source>
        <translation>%1: câu trả lời %2 hoặc %3 không tồn tại</translation>
    </message>
    <message>
        <source>%1: the pair (%2, %3) already exists</source>
        <translation>%1: cặp (%2, %3) đã tồn tại</translation>
    </message>
    <message>
        <source>creating pairs</source>
        <translation>tạo các cặp</translation>
    </message>
    <message>
        <source>reading pair %1</source>
        <translation>đọc cặp %1</translation>
    </message>
    <message>
        <source>pair %1 does not exist</source>
        <translation>cặp %1 không tồn tại</translation>
    </message>
    <message>
        <source>excluding pair %1</source>
        <translation>loại trừ cặp %1</translation>
    </message>
    <message>
        <source>adding annotator '%1'</source>
        <translation>thêm người gán nhãn '%1'</translation>
    </message>
    <message>
        <source>an annotator needs a name</source>
        <translation>người gán nhãn cần có tên</translation>
    </message>
    <message>
        <source>an annotator named '%1' already exists</source>
        <translation>đã có người gán nhãn tên '%1'</translation>
    </message>
    <message>
        <source>looking up annotator '%1'</source>
        <translation>tìm người gán nhãn '%1'</translation>
    </message>
    <message>
        <source>there is no annotator named '%1'</source>
        <translation>không có người gán nhãn nào tên '%1'</translation>
    </message>
    <message>
        <source>reading annotator %1</source>
        <translation>đọc người gán nhãn %1</translation>
    </message>
    <message>
        <source>annotator %1 does not exist</source>
        <translation>người gán nhãn %1 không tồn tại</translation>
    </message>
    <message>
        <source>listing annotators</source>
        <translation>liệt kê người gán nhãn</translation>
    </message>
    <message>
        <source>excluding annotator %1</source>
        <translation>loại trừ người gán nhãn %1</translation>
    </message>
    <message>
        <source>collecting preference pairs</source>
        <translation>thu thập các cặp ưu tiên</translation>
    </message>
    <message>
        <source>creating a training run</source>
        <translation>tạo một lần huấn luyện</translation>
    </message>
    <message>
        <source>%1: the base model version does not exist</source>
        <translation>%1: phiên bản mô hình gốc không tồn tại</translation>
    </message>
    <message>
        <source>training run %1 does not exist</source>
        <translation>lần huấn luyện %1 không tồn tại</translation>
    </message>
    <message>
        <source>updating training run %1</source>
        <translation>cập nhật lần huấn luyện %1</translation>
    </message>
    <message>
        <source>%1: model version %2 does not exist</source>
        <translation>%1: phiên bản mô hình %2 không tồn tại</translation>
    </message>
    <message>
        <source>reading training run %1</source>
        <translation>đọc lần huấn luyện %1</translation>
    </message>
    <message>
        <source>listing training runs</source>
        <translation>liệt kê các lần huấn luyện</translation>
    </message>
    <message>
        <source>saving metrics of training run %1</source>
        <translation>lưu các chỉ số của lần huấn luyện %1</translation>
    </message>
    <message>
        <source>%1: a metric needs a name</source>
        <translation>%1: chỉ số cần có tên</translation>
    </message>
    <message>
        <source>reading metrics of training run %1</source>
        <translation>đọc các chỉ số của lần huấn luyện %1</translation>
    </message>
    <message>
        <source>unknown vote flags</source>
        <translation>cờ đánh dấu của lượt bình chọn không xác định</translation>
    </message>
    <message>
        <source>the time taken cannot be negative</source>
        <translation>thời gian thực hiện không thể âm</translation>
    </message>
    <message>
        <source>the edited answer is empty</source>
        <translation>câu trả lời đã sửa bị rỗng</translation>
    </message>
    <message>
        <source>an edited answer needs the side it replaces</source>
        <translation>câu trả lời đã sửa cần cho biết nó thay thế bên nào</translation>
    </message>
    <message>
        <source>recording a vote</source>
        <translation>ghi một lượt bình chọn</translation>
    </message>
    <message>
        <source>%1: pair %2 does not exist</source>
        <translation>%1: cặp %2 không tồn tại</translation>
    </message>
    <message>
        <source>%1: annotator %2 does not exist</source>
        <translation>%1: người gán nhãn %2 không tồn tại</translation>
    </message>
    <message>
        <source>undoing a vote</source>
        <translation>hoàn tác một lượt bình chọn</translation>
    </message>
    <message>
        <source>reading vote %1</source>
        <translation>đọc lượt bình chọn %1</translation>
    </message>
    <message>
        <source>vote %1 does not exist</source>
        <translation>lượt bình chọn %1 không tồn tại</translation>
    </message>
    <message>
        <source>reading the votes of pair %1</source>
        <translation>đọc các lượt bình chọn của cặp %1</translation>
    </message>
    <message>
        <source>this queue filter needs an annotator</source>
        <translation>bộ lọc hàng đợi này cần một người gán nhãn</translation>
    </message>
    <message>
        <source>reading the annotation queue</source>
        <translation>đọc hàng đợi gán nhãn</translation>
    </message>
    <message>
        <source>counting the annotation queue</source>
        <translation>đếm hàng đợi gán nhãn</translation>
    </message>
    <message>
        <source>counting progress</source>
        <translation>đếm tiến độ</translation>
    </message>
</context>
<context>
    <name>ps::tokenizer</name>
    <message>
        <source>BPE vocab entry '%1' has no valid id</source>
        <translation>mục từ vựng BPE '%1' không có id hợp lệ</translation>
    </message>
    <message>
        <source>BPE merge %1 ('%2') is not two tokens separated by one space</source>
        <translation>phép gộp BPE %1 ('%2') không phải hai token cách nhau bởi một dấu cách</translation>
    </message>
    <message>
        <source>BPE merge %1 is neither "a b" nor ["a", "b"]</source>
        <translation>phép gộp BPE %1 không có dạng "a b" hay ["a", "b"]</translation>
    </message>
    <message>
        <source>BPE merge %1 uses '%2', which is not in the vocabulary</source>
        <translation>phép gộp BPE %1 dùng '%2', vốn không có trong từ vựng</translation>
    </message>
    <message>
        <source>BPE merge %1: '%2' is shorter than the subword prefix</source>
        <translation>phép gộp BPE %1: '%2' ngắn hơn tiền tố subword</translation>
    </message>
    <message>
        <source>BPE merge %1 makes '%2', which is not in the vocabulary</source>
        <translation>phép gộp BPE %1 tạo ra '%2', vốn không có trong từ vựng</translation>
    </message>
    <message>
        <source>BPE unk_token '%1' is not in the vocabulary</source>
        <translation>unk_token '%1' của BPE không có trong từ vựng</translation>
    </message>
    <message>
        <source>add_generation_prompt must be true or false</source>
        <translation>add_generation_prompt phải là true hoặc false</translation>
    </message>
    <message>
        <source>a chat must be a JSON list of messages or an object with "messages"</source>
        <translation>một cuộc hội thoại phải là danh sách tin nhắn JSON hoặc một đối tượng có "messages"</translation>
    </message>
    <message>
        <source>the tokenizer has no chat template (tokenizer_config.json "chat_template" or chat_template.jinja)</source>
        <translation>tokenizer không có chat template (tokenizer_config.json "chat_template" hoặc chat_template.jinja)</translation>
    </message>
    <message>
        <source>unsupported chat template: only the ChatML family (&lt;|im_start|&gt;role … &lt;|im_end|&gt;, as in LFM2) can be rendered</source>
        <translation>chat template không được hỗ trợ: chỉ dựng được họ ChatML (&lt;|im_start|&gt;role … &lt;|im_end|&gt;, như trong LFM2)</translation>
    </message>
    <message>
        <source>messages must be a non-empty list</source>
        <translation>messages phải là một danh sách không rỗng</translation>
    </message>
    <message>
        <source>message %1 has no string "role"</source>
        <translation>tin nhắn %1 không có "role" dạng chuỗi</translation>
    </message>
    <message>
        <source>message %1 has no "content"</source>
        <translation>tin nhắn %1 không có "content"</translation>
    </message>
    <message>
        <source>tools must be a list</source>
        <translation>tools phải là một danh sách</translation>
    </message>
    <message>
        <source>this chat template has no tool list; cannot render tools</source>
        <translation>chat template này không có danh sách công cụ; không thể dựng tools</translation>
    </message>
    <message>
        <source>the system message content must be a string</source>
        <translation>nội dung của tin nhắn hệ thống phải là một chuỗi</translation>
    </message>
    <message>
        <source>decoder field '%1' must be one character</source>
        <translation>trường '%1' của decoder phải là một ký tự</translation>
    </message>
    <message>
        <source>unsupported decoder type '%1' (supported: ByteLevel, Metaspace, Replace, ByteFallback, Fuse, Strip, Sequence)</source>
        <translation>kiểu decoder '%1' không được hỗ trợ (hỗ trợ: ByteLevel, Metaspace, Replace, ByteFallback, Fuse, Strip, Sequence)</translation>
    </message>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation>JSON không hợp lệ tại byte %1: %2</translation>
    </message>
    <message>
        <source>tokenizer.json must be a JSON object</source>
        <translation>tokenizer.json phải là một đối tượng JSON</translation>
    </message>
    <message>
        <source>unsupported model type '%1' (supported: BPE)</source>
        <translation>kiểu mô hình '%1' không được hỗ trợ (hỗ trợ: BPE)</translation>
    </message>
    <message>
        <source>%1: invalid regex '%2': %3</source>
        <translation>%1: biểu thức chính quy '%2' không hợp lệ: %3</translation>
    </message>
    <message>
        <source>%1: pattern must be {"String": …} or {"Regex": …}</source>
        <translation>%1: mẫu phải là {"String": …} hoặc {"Regex": …}</translation>
    </message>
    <message>
        <source>unexpected text after the JSON value</source>
        <translation>có văn bản thừa sau giá trị JSON</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>ký tự không mong đợi</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>lồng nhau quá sâu</translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation>đầu vào kết thúc đột ngột</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>số không hợp lệ</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>số nằm ngoài phạm vi</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>chuỗi thoát \u không hợp lệ</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>chuỗi chưa được đóng</translation>
    </message>
    <message>
        <source>control character in string</source>
        <translation>có ký tự điều khiển trong chuỗi</translation>
    </message>
    <message>
        <source>lone surrogate in \u escape</source>
        <translation>surrogate đơn lẻ trong chuỗi thoát \u</translation>
    </message>
    <message>
        <source>invalid escape</source>
        <translation>chuỗi thoát không hợp lệ</translation>
    </message>
    <message>
        <source>string is not valid UTF-8</source>
        <translation>chuỗi không phải UTF-8 hợp lệ</translation>
    </message>
    <message>
        <source>unterminated array</source>
        <translation>mảng chưa được đóng</translation>
    </message>
    <message>
        <source>expected ',' or ']'</source>
        <translation>cần ',' hoặc ']'</translation>
    </message>
    <message>
        <source>expected a string key</source>
        <translation>cần một khóa dạng chuỗi</translation>
    </message>
    <message>
        <source>expected ':'</source>
        <translation>cần ':'</translation>
    </message>
    <message>
        <source>unterminated object</source>
        <translation>đối tượng chưa được đóng</translation>
    </message>
    <message>
        <source>expected ',' or '}'</source>
        <translation>cần ',' hoặc '}'</translation>
    </message>
    <message>
        <source>normalizer must be an object</source>
        <translation>normalizer phải là một đối tượng</translation>
    </message>
    <message>
        <source>Prepend normalizer needs a 'prepend' string</source>
        <translation>normalizer Prepend cần một chuỗi 'prepend'</translation>
    </message>
    <message>
        <source>unsupported normalizer type '%1' (supported: NFC, NFD, NFKC, NFKD, Lowercase, StripAccents, Replace, Prepend, Strip, Sequence)</source>
        <translation>kiểu normalizer '%1' không được hỗ trợ (hỗ trợ: NFC, NFD, NFKC, NFKD, Lowercase, StripAccents, Replace, Prepend, Strip, Sequence)</translation>
    </message>
    <message>
        <source>post_processor '%1' must be [token, id]</source>
        <translation>post_processor '%1' phải có dạng [token, id]</translation>
    </message>
    <message>
        <source>TemplateProcessing: 'single' uses the sequence twice</source>
        <translation>TemplateProcessing: 'single' dùng chuỗi đầu vào hai lần</translation>
    </message>
    <message>
        <source>TemplateProcessing: special token '%1' is not in special_tokens</source>
        <translation>TemplateProcessing: token đặc biệt '%1' không có trong special_tokens</translation>
    </message>
    <message>
        <source>TemplateProcessing: 'single' has no $A sequence</source>
        <translation>TemplateProcessing: 'single' không có chuỗi $A</translation>
    </message>
    <message>
        <source>unsupported post_processor type '%1' (supported: TemplateProcessing, ByteLevel, BertProcessing, RobertaProcessing, Sequence)</source>
        <translation>kiểu post_processor '%1' không được hỗ trợ (hỗ trợ: TemplateProcessing, ByteLevel, BertProcessing, RobertaProcessing, Sequence)</translation>
    </message>
    <message>
        <source>unknown split behavior '%1'</source>
        <translation>kiểu tách '%1' không xác định</translation>
    </message>
    <message>
        <source>regex '%1' failed: %2</source>
        <translation>biểu thức chính quy '%1' thất bại: %2</translation>
    </message>
    <message>
        <source>pre_tokenizer must be an object</source>
        <translation>pre_tokenizer phải là một đối tượng</translation>
    </message>
    <message>
        <source>Metaspace replacement must be one character</source>
        <translation>ký tự thay thế của Metaspace phải là đúng một ký tự</translation>
    </message>
    <message>
        <source>unknown Metaspace prepend_scheme '%1'</source>
        <translation>prepend_scheme '%1' của Metaspace không xác định</translation>
    </message>
    <message>
        <source>CharDelimiterSplit delimiter must be one character</source>
        <translation>dấu phân cách của CharDelimiterSplit phải là đúng một ký tự</translation>
    </message>
    <message>
        <source>unsupported pre_tokenizer type '%1' (supported: Split, ByteLevel, Metaspace, Digits, Whitespace, WhitespaceSplit, Punctuation, BertPreTokenizer, CharDelimiterSplit, Sequence)</source>
        <translation>kiểu pre_tokenizer '%1' không được hỗ trợ (hỗ trợ: Split, ByteLevel, Metaspace, Digits, Whitespace, WhitespaceSplit, Punctuation, BertPreTokenizer, CharDelimiterSplit, Sequence)</translation>
    </message>
    <message>
        <source>sentencepiece bridge library not found or not loadable; tried: %1</source>
        <translation>không tìm thấy hoặc không nạp được thư viện cầu nối sentencepiece; đã thử: %1</translation>
    </message>
    <message>
        <source>sentencepiece bridge %1 has the wrong interface (ABI %2, expected %3)</source>
        <translation>cầu nối sentencepiece %1 có giao diện không khớp (ABI %2, cần %3)</translation>
    </message>
    <message>
        <source>sentencepiece encode failed: %1</source>
        <translation>sentencepiece mã hóa thất bại: %1</translation>
    </message>
    <message>
        <source>cannot load sentencepiece model: %1</source>
        <translation>không thể nạp mô hình sentencepiece: %1</translation>
    </message>
    <message>
        <source>vocabulary size must be positive</source>
        <translation>kích thước từ vựng phải là số dương</translation>
    </message>
    <message>
        <source>sentencepiece training failed: %1</source>
        <translation>huấn luyện sentencepiece thất bại: %1</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>không có tệp hoặc thư mục này</translation>
    </message>
    <message>
        <source>folder has neither tokenizer.json nor tokenizer.model</source>
        <translation>thư mục không có tokenizer.json lẫn tokenizer.model</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>không thể đọc: %1</translation>
    </message>
    <message>
        <source>input is not valid UTF-8 (first invalid byte at offset %1)</source>
        <translation>đầu vào không phải UTF-8 hợp lệ (byte không hợp lệ đầu tiên ở vị trí %1)</translation>
    </message>
    <message>
        <source>text %1</source>
        <translation>văn bản %1</translation>
    </message>
    <message>
        <source>not a JSON object: %1</source>
        <translation>không phải đối tượng JSON: %1</translation>
    </message>
</context>
<context>
    <name>ps::train::AdamW</name>
    <message>
        <source>optimizer state for '%1' is missing or has the wrong shape</source>
        <translation>trạng thái bộ tối ưu của '%1' bị thiếu hoặc có shape sai</translation>
    </message>
</context>
<context>
    <name>ps::train::DpoConfig</name>
    <message>
        <source>unknown loss '%1'; choose one of: %2</source>
        <translation>hàm mất mát '%1' không xác định; hãy chọn một trong: %2</translation>
    </message>
    <message>
        <source>unknown setting '%1'</source>
        <translation>thiết lập '%1' không xác định</translation>
    </message>
    <message>
        <source>setting '%1' has the wrong type</source>
        <translation>thiết lập '%1' có kiểu sai</translation>
    </message>
    <message>
        <source>beta must be positive</source>
        <translation>beta phải dương</translation>
    </message>
    <message>
        <source>label_smoothing must be in [0, 0.5)</source>
        <translation>label_smoothing phải nằm trong [0, 0.5)</translation>
    </message>
    <message>
        <source>rpo_alpha must not be negative</source>
        <translation>rpo_alpha không được âm</translation>
    </message>
    <message>
        <source>length limits must not be negative</source>
        <translation>giới hạn độ dài không được âm</translation>
    </message>
    <message>
        <source>eval_fraction must be in [0, 1)</source>
        <translation>eval_fraction phải nằm trong [0, 1)</translation>
    </message>
    <message>
        <source>lora_r and lora_alpha must be positive</source>
        <translation>lora_r và lora_alpha phải dương</translation>
    </message>
    <message>
        <source>lora_dropout must be in [0, 1)</source>
        <translation>lora_dropout phải nằm trong [0, 1)</translation>
    </message>
    <message>
        <source>lora_target_modules is empty</source>
        <translation>lora_target_modules đang trống</translation>
    </message>
    <message>
        <source>learning_rate must be positive</source>
        <translation>learning_rate phải dương</translation>
    </message>
    <message>
        <source>weight_decay must not be negative</source>
        <translation>weight_decay không được âm</translation>
    </message>
    <message>
        <source>Adam betas must be in [0, 1) and epsilon positive</source>
        <translation>các beta của Adam phải nằm trong [0, 1) và epsilon phải dương</translation>
    </message>
    <message>
        <source>lr_scheduler_type must be linear, cosine or constant</source>
        <translation>lr_scheduler_type phải là linear, cosine hoặc constant</translation>
    </message>
    <message>
        <source>warmup must be in [0, 1] (ratio) or non-negative (steps)</source>
        <translation>warmup phải nằm trong [0, 1] (tỉ lệ) hoặc không âm (số bước)</translation>
    </message>
    <message>
        <source>batch size and gradient accumulation must be positive</source>
        <translation>kích thước batch và số bước tích lũy gradient phải dương</translation>
    </message>
    <message>
        <source>num_train_epochs or max_steps must be positive</source>
        <translation>num_train_epochs hoặc max_steps phải dương</translation>
    </message>
    <message>
        <source>max_grad_norm must not be negative</source>
        <translation>max_grad_norm không được âm</translation>
    </message>
    <message>
        <source>eval/save steps must not be negative, logging steps positive</source>
        <translation>số bước đánh giá/lưu không được âm, số bước ghi log phải dương</translation>
    </message>
</context>
<context>
    <name>ps::train::DpoData</name>
    <message>
        <source>'%1' must be a non-empty array of token ids</source>
        <translation>'%1' phải là một mảng token id không rỗng</translation>
    </message>
    <message>
        <source>'%1' holds an invalid token id</source>
        <translation>'%1' chứa một token id không hợp lệ</translation>
    </message>
</context>
<context>
    <name>ps::train::DpoTokenizer</name>
    <message>
        <source>the record has no chosen/rejected answers</source>
        <translation>bản ghi không có câu trả lời chosen/rejected</translation>
    </message>
    <message>
        <source>chat messages need a chat template, and this tokenizer has none</source>
        <translation>tin nhắn hội thoại cần chat template, nhưng tokenizer này không có</translation>
    </message>
    <message>
        <source>the tokenizer defines no end-of-sequence token</source>
        <translation>tokenizer không định nghĩa token kết thúc chuỗi</translation>
    </message>
    <message>
        <source>cannot read file</source>
        <translation>không thể đọc tệp</translation>
    </message>
    <message>
        <source>line %1: not a JSON object (%2)</source>
        <translation>dòng %1: không phải đối tượng JSON (%2)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>dòng %1: %2</translation>
    </message>
    <message>
        <source>line %1: the pairs are text, and the model folder has no tokenizer</source>
        <translation>dòng %1: các cặp ở dạng văn bản, nhưng thư mục mô hình không có tokenizer</translation>
    </message>
    <message>
        <source>line %1: a prompt without chosen/rejected answers</source>
        <translation>dòng %1: prompt không có câu trả lời chosen/rejected</translation>
    </message>
    <message>
        <source>the file holds no preference pairs</source>
        <translation>tệp không chứa cặp ưu tiên nào</translation>
    </message>
</context>
<context>
    <name>ps::train::DpoTrainer</name>
    <message>
        <source>LoRA r=%1 alpha=%2 on %3 modules</source>
        <translation>LoRA r=%1 alpha=%2 trên %3 module</translation>
    </message>
    <message>
        <source>trainable parameters: %1</source>
        <translation>số tham số được huấn luyện: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>reference log-probs computed for %1 %2 pairs</source>
        <translation>đã tính log-prob tham chiếu cho %1 cặp %2</translation>
    </message>
    <message>
        <source>reference log-probs loaded from the run folder</source>
        <translation>đã nạp log-prob tham chiếu từ thư mục lần chạy</translation>
    </message>
    <message>
        <source>train+eval</source>
        <translation>huấn luyện+đánh giá</translation>
    </message>
    <message>
        <source>cannot create folder</source>
        <translation>không thể tạo thư mục</translation>
    </message>
    <message>
        <source>cannot rename the checkpoint into place</source>
        <translation>không thể đổi tên checkpoint vào vị trí đích</translation>
    </message>
    <message>
        <source>the latest checkpoint has no trainer_state.json</source>
        <translation>checkpoint mới nhất không có trainer_state.json</translation>
    </message>
    <message>
        <source>the run folder holds a checkpoint made with different settings; use a new run folder</source>
        <translation>thư mục lần chạy chứa một checkpoint được tạo với thiết lập khác; hãy dùng một thư mục lần chạy mới</translation>
    </message>
    <message>
        <source>checkpoint lacks '%1'</source>
        <translation>checkpoint thiếu '%1'</translation>
    </message>
    <message>
        <source>checkpoint tensor '%1' does not fit</source>
        <translation>tensor '%1' trong checkpoint không khớp</translation>
    </message>
    <message>
        <source>resumed from %1 (step %2)</source>
        <translation>đã tiếp tục từ %1 (bước %2)</translation>
    </message>
    <message>
        <source>cannot copy '%1' into the exported model</source>
        <translation>không thể sao chép '%1' vào mô hình đã xuất</translation>
    </message>
    <message>
        <source>cannot create the run folder</source>
        <translation>không thể tạo thư mục lần chạy</translation>
    </message>
    <message>
        <source>pair %1 has an empty prompt or completion</source>
        <translation>cặp %1 có prompt hoặc câu trả lời rỗng</translation>
    </message>
    <message>
        <source>pair %1 holds token id %2, outside the vocabulary (%3)</source>
        <translation>cặp %1 chứa token id %2, nằm ngoài từ vựng (%3)</translation>
    </message>
    <message>
        <source>no preference pairs to train on</source>
        <translation>không có cặp ưu tiên nào để huấn luyện</translation>
    </message>
    <message>
        <source>no pairs left for training after the evaluation split</source>
        <translation>không còn cặp nào để huấn luyện sau khi tách tập đánh giá</translation>
    </message>
    <message>
        <source>training %1 pairs (%2 held out) for %3 steps</source>
        <translation>huấn luyện %1 cặp (giữ lại %2 cặp) trong %3 bước</translation>
    </message>
    <message>
        <source>training failed: %1</source>
        <translation>huấn luyện thất bại: %1</translation>
    </message>
</context>
<context>
    <name>ps::train::Lora</name>
    <message>
        <source>LoRA rank must be positive</source>
        <translation>hạng LoRA phải là số dương</translation>
    </message>
    <message>
        <source>LoRA target module(s) %1 match no LFM2 module; LFM2 has q_proj, k_proj, v_proj, out_proj, in_proj, w1, w2, w3</source>
        <translation>module đích LoRA %1 không khớp module nào của LFM2; LFM2 có q_proj, k_proj, v_proj, out_proj, in_proj, w1, w2, w3</translation>
    </message>
    <message>
        <source>cannot create folder</source>
        <translation>không thể tạo thư mục</translation>
    </message>
    <message>
        <source>adapter tensor '%1' is missing</source>
        <translation>thiếu tensor adapter '%1'</translation>
    </message>
    <message>
        <source>adapter tensor '%1' has the wrong shape</source>
        <translation>tensor adapter '%1' có shape sai</translation>
    </message>
    <message>
        <source>the adapter holds tensors for modules that are not adapted</source>
        <translation>adapter chứa tensor cho các module không được gắn adapter</translation>
    </message>
</context>
<context>
    <name>ps::train::TrainJob</name>
    <message>
        <source>the data file does not exist</source>
        <translation>tệp dữ liệu không tồn tại</translation>
    </message>
    <message>
        <source>no run folder given</source>
        <translation>chưa chỉ định thư mục lần chạy</translation>
    </message>
    <message>
        <source>loading %1</source>
        <translation>đang nạp %1</translation>
    </message>
</context>
<context>
    <name>ps::ui</name>
    <message>
        <source>open the bundled demo workspace</source>
        <translation>mở không gian làm việc demo đi kèm</translation>
    </message>
    <message>
        <source>model folder to open</source>
        <translation>thư mục mô hình cần mở</translation>
    </message>
    <message>
        <source>workspace file to open (created when missing)</source>
        <translation>tệp không gian làm việc cần mở (tạo mới nếu chưa có)</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Không gian làm việc</translation>
    </message>
</context>
<context>
    <name>ps::ui::MainWindow</name>
    <message>
        <source>Prefstudio</source>
        <translation>Prefstudio</translation>
    </message>
    <message>
        <source>Open a Hugging Face LFM2 model folder (File &gt; Open model...).</source>
        <translation>Mở một thư mục mô hình LFM2 của Hugging Face (Tệp &gt; Mở mô hình...).</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>Chưa có mô hình</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Open model...</source>
        <translation>&amp;Mở mô hình...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Thư mục mô hình</translation>
    </message>
    <message>
        <source>Cannot open this model: %1</source>
        <translation>Không thể mở mô hình này: %1</translation>
    </message>
    <message>
        <source>attention</source>
        <translation>attention</translation>
    </message>
    <message>
        <source>conv</source>
        <translation>conv</translation>
    </message>
    <message>
        <source>Folder: %1
Parameters: %2 M
Hidden size: %3, feed-forward: %4
Layers: %5
Heads: %6 query, %7 key/value
Vocabulary: %8
Weights: %9 MB in %10 file(s)</source>
        <translation>Thư mục: %1
Tham số: %2 M
Kích thước ẩn: %3, feed-forward: %4
Các lớp: %5
Số head: %6 query, %7 key/value
Từ vựng: %8
Trọng số: %9 MB trong %10 tệp</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Mô hình: %1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Huấn luyện</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Người gán nhãn</translation>
    </message>
    <message>
        <source>Your name (recorded with every vote):</source>
        <translation>Tên của bạn (được ghi kèm mỗi lượt bình chọn):</translation>
    </message>
    <message>
        <source>Prefstudio workspace (*.prefstudio *.sqlite *.db)</source>
        <translation>Không gian làm việc Prefstudio (*.prefstudio *.sqlite *.db)</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Không gian làm việc mới</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Mở không gian làm việc</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Không gian làm việc</translation>
    </message>
    <message>
        <source>Cannot open the workspace: %1</source>
        <translation>Không mở được không gian làm việc: %1</translation>
    </message>
    <message>
        <source>&amp;New workspace...</source>
        <translation>&amp;Không gian làm việc mới...</translation>
    </message>
    <message>
        <source>Open &amp;workspace...</source>
        <translation>Mở không &amp;gian làm việc...</translation>
    </message>
    <message>
        <source>&amp;Annotator name...</source>
        <translation>&amp;Tên người gán nhãn...</translation>
    </message>
    <message>
        <source>Workspace: %1 · annotator: %2</source>
        <translation>Không gian làm việc: %1 · người gán nhãn: %2</translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>Chưa mở không gian làm việc</translation>
    </message>
</context>
<context>
    <name>ps::ui::RunFolder</name>
    <message>
        <source>the latest checkpoint cannot be read</source>
        <translation>không đọc được checkpoint mới nhất</translation>
    </message>
    <message>
        <source>cannot create the run folder</source>
        <translation>không thể tạo thư mục lần chạy</translation>
    </message>
</context>
<context>
    <name>ps::ui::TrainController</name>
    <message>
        <source>training stopped unexpectedly: %1</source>
        <translation>quá trình huấn luyện dừng bất ngờ: %1</translation>
    </message>
    <message>
        <source>training stopped unexpectedly</source>
        <translation>quá trình huấn luyện dừng bất ngờ</translation>
    </message>
</context>
<context>
    <name>ps::ui::TrainView</name>
    <message>
        <source>Loss</source>
        <translation>Hàm mất mát</translation>
    </message>
    <message>
        <source>Reward margin</source>
        <translation>Biên phần thưởng</translation>
    </message>
    <message>
        <source>Reward accuracy</source>
        <translation>Độ chính xác phần thưởng</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tốc độ học</translation>
    </message>
    <message>
        <source>Gradient norm</source>
        <translation>Chuẩn gradient</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lần chạy</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Chọn...</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Mô hình gốc</translation>
    </message>
    <message>
        <source>Hugging Face LFM2 model folder</source>
        <translation>Thư mục mô hình LFM2 của Hugging Face</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Các cặp</translation>
    </message>
    <message>
        <source>Run folder</source>
        <translation>Thư mục lần chạy</translation>
    </message>
    <message>
        <source>checkpoints and exports go here</source>
        <translation>nơi lưu checkpoint và mô hình đã xuất</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Cấu hình mẫu</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Thiết lập nâng cao</translation>
    </message>
    <message>
        <source>Loss type</source>
        <translation>Loại hàm mất mát</translation>
    </message>
    <message>
        <source>Beta</source>
        <translation>Beta</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Số epoch</translation>
    </message>
    <message>
        <source>Max steps</source>
        <translation>Số bước tối đa</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Kích thước batch</translation>
    </message>
    <message>
        <source>Gradient accumulation</source>
        <translation>Tích lũy gradient</translation>
    </message>
    <message>
        <source>Warmup ratio</source>
        <translation>Tỷ lệ warmup</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>Lịch tốc độ học</translation>
    </message>
    <message>
        <source>LoRA rank</source>
        <translation>Hạng LoRA</translation>
    </message>
    <message>
        <source>LoRA alpha</source>
        <translation>Alpha LoRA</translation>
    </message>
    <message>
        <source>LoRA dropout</source>
        <translation>Dropout LoRA</translation>
    </message>
    <message>
        <source>LoRA targets</source>
        <translation>Module đích LoRA</translation>
    </message>
    <message>
        <source>Max length</source>
        <translation>Độ dài tối đa</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Evaluate every</source>
        <translation>Đánh giá sau mỗi</translation>
    </message>
    <message>
        <source>Save every</source>
        <translation>Lưu sau mỗi</translation>
    </message>
    <message>
        <source>bf16 autocast (fp32 master weights)</source>
        <translation>bf16 autocast (trọng số gốc fp32)</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Độ chính xác số</translation>
    </message>
    <message>
        <source>Cancelling: the run stops after the current step and saves a checkpoint.</source>
        <translation>Đang hủy: lần chạy sẽ dừng sau bước hiện tại và lưu một checkpoint.</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Các lần chạy</translation>
    </message>
    <message>
        <source>Select a run to load its settings and charts; select several to compare them.</source>
        <translation>Chọn một lần chạy để nạp thiết lập và biểu đồ của nó; chọn nhiều lần chạy để so sánh.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Nhật ký</translation>
    </message>
    <message>
        <source>LoRA (quick)</source>
        <translation>LoRA (nhanh)</translation>
    </message>
    <message>
        <source>Full fine-tune</source>
        <translation>Tinh chỉnh toàn bộ</translation>
    </message>
    <message>
        <source>from epochs</source>
        <translation>theo số epoch</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>không giới hạn</translation>
    </message>
    <message>
        <source>at the end</source>
        <translation>khi kết thúc</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> bước</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Phương pháp</translation>
    </message>
    <message>
        <source>LR</source>
        <translation>LR</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Số bước</translation>
    </message>
    <message>
        <source>Eval loss</source>
        <translation>Loss đánh giá</translation>
    </message>
    <message>
        <source>Eval acc.</source>
        <translation>Độ chính xác ĐG</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Loss on the held-out pairs at the last evaluation</source>
        <translation>Loss trên các cặp được giữ lại, ở lần đánh giá gần nhất</translation>
    </message>
    <message>
        <source>Reward accuracy on the held-out pairs at the last evaluation</source>
        <translation>Độ chính xác phần thưởng trên các cặp được giữ lại, ở lần đánh giá gần nhất</translation>
    </message>
    <message>
        <source>%1: '%2' is not a number</source>
        <translation>%1: '%2' không phải là số</translation>
    </message>
    <message>
        <source>Base model folder</source>
        <translation>Thư mục mô hình gốc</translation>
    </message>
    <message>
        <source>Preference pairs</source>
        <translation>Các cặp ưu tiên</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl *.json);;All files (*)</source>
        <translation>JSON lines (*.jsonl *.json);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Choose the model to fine-tune.</source>
        <translation>Chọn mô hình cần tinh chỉnh.</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>Thư mục không tồn tại.</translation>
    </message>
    <message>
        <source>Cannot use this model: %1</source>
        <translation>Không thể dùng mô hình này: %1</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Tệp không tồn tại.</translation>
    </message>
    <message>
        <source>%1 MB of pairs</source>
        <translation>%1 MB dữ liệu cặp</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Không đọc được tệp.</translation>
    </message>
    <message>
        <source>Pairs: %1 (a share is held out for evaluation)</source>
        <translation>Số cặp: %1 (một phần được giữ lại để đánh giá)</translation>
    </message>
    <message>
        <source>Choose a valid base model folder.</source>
        <translation>Hãy chọn một thư mục mô hình gốc hợp lệ.</translation>
    </message>
    <message>
        <source>Choose an existing pairs file.</source>
        <translation>Hãy chọn một tệp cặp có sẵn.</translation>
    </message>
    <message>
        <source>Choose a run folder.</source>
        <translation>Hãy chọn thư mục lần chạy.</translation>
    </message>
    <message>
        <source>This folder holds a finished run. Press New for another run.</source>
        <translation>Thư mục này chứa một lần chạy đã hoàn tất. Nhấn Mới để bắt đầu lần chạy khác.</translation>
    </message>
    <message>
        <source>The run folder already holds a finished run.</source>
        <translation>Thư mục lần chạy đã chứa một lần chạy hoàn tất.</translation>
    </message>
    <message>
        <source>Stopped at step %1: training resumes from its checkpoint.</source>
        <translation>Đã dừng ở bước %1: việc huấn luyện sẽ tiếp tục từ checkpoint của nó.</translation>
    </message>
    <message>
        <source>This run folder was trained with other settings. Select it in the run list to load them, or press New.</source>
        <translation>Thư mục lần chạy này được huấn luyện với thiết lập khác. Hãy chọn nó trong danh sách lần chạy để nạp các thiết lập đó, hoặc nhấn Mới.</translation>
    </message>
    <message>
        <source>No checkpoint yet: training starts from the beginning.</source>
        <translation>Chưa có checkpoint: việc huấn luyện sẽ bắt đầu từ đầu.</translation>
    </message>
    <message>
        <source>A new run folder.</source>
        <translation>Một thư mục lần chạy mới.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Huấn luyện</translation>
    </message>
    <message>
        <source>Run folder: %1</source>
        <translation>Thư mục lần chạy: %1</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Đã dừng</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <source>Stopping after this step...</source>
        <translation>Sẽ dừng sau bước này...</translation>
    </message>
    <message>
        <source>Loading the model and the pairs...</source>
        <translation>Đang nạp mô hình và các cặp...</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <source>Reference log-probs: %1 of %2 pairs</source>
        <translation>Log-prob tham chiếu: %1/%2 cặp</translation>
    </message>
    <message>
        <source>Training: step %1 of %2</source>
        <translation>Huấn luyện: bước %1/%2</translation>
    </message>
    <message>
        <source>Evaluating: %1 of %2 pairs</source>
        <translation>Đánh giá: %1/%2 cặp</translation>
    </message>
    <message>
        <source>Saving a checkpoint...</source>
        <translation>Đang lưu checkpoint...</translation>
    </message>
    <message>
        <source>Exporting the model...</source>
        <translation>Đang xuất mô hình...</translation>
    </message>
    <message>
        <source>step %v of %m</source>
        <translation>bước %v/%m</translation>
    </message>
    <message>
        <source>reference %v of %m</source>
        <translation>tham chiếu %v/%m</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 token/s</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Còn lại %1</translation>
    </message>
    <message>
        <source>Epoch %1</source>
        <translation>Epoch %1</translation>
    </message>
    <message>
        <source>Memory %1 MB (peak %2 MB)</source>
        <translation>Bộ nhớ %1 MB (đỉnh %2 MB)</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Lỗi: %1</translation>
    </message>
    <message>
        <source>Stopped at step %1 of %2.</source>
        <translation>Đã dừng ở bước %1/%2.</translation>
    </message>
    <message>
        <source>Finished: model exported to %1</source>
        <translation>Hoàn tất: mô hình đã được xuất vào %1</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>Huấn luyện thất bại: %1</translation>
    </message>
    <message>
        <source>Stopped before the first step; nothing to resume.</source>
        <translation>Đã dừng trước bước đầu tiên; không có gì để tiếp tục.</translation>
    </message>
    <message>
        <source>Stopped at step %1 of %2. A checkpoint was saved: press Resume to continue.</source>
        <translation>Đã dừng ở bước %1/%2. Một checkpoint đã được lưu: nhấn Tiếp tục để chạy tiếp.</translation>
    </message>
    <message>
        <source>Finished %1 steps. Model: %2</source>
        <translation>Đã hoàn tất %1 bước. Mô hình: %2</translation>
    </message>
    <message>
        <source>LoRA adapter: %1</source>
        <translation>Adapter LoRA: %1</translation>
    </message>
    <message>
        <source>Solid line: training steps. Dashed line with points: evaluation on held-out pairs.</source>
        <translation>Đường liền: các bước huấn luyện. Đường nét đứt có chấm: đánh giá trên các cặp được giữ lại.</translation>
    </message>
    <message>
        <source>LoRA r%1</source>
        <translation>LoRA r%1</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Toàn bộ</translation>
    </message>
    <message>
        <source>running</source>
        <translation>đang chạy</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>không đọc được</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>hoàn tất</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>đã dừng</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>chưa bắt đầu</translation>
    </message>
    <message>
        <source>JSONL: TRL prompt/chosen/rejected, or token ids</source>
        <translation>JSONL: prompt/chosen/rejected của TRL, hoặc token id</translation>
    </message>
    <message>
        <source>LFM2, %1 M parameters: %2 layers (%3 attention), hidden size %4, vocabulary %5; %6 MB of weights.</source>
        <translation>LFM2, %1 triệu tham số: %2 lớp (%3 attention), kích thước ẩn %4, từ vựng %5; %6 MB trọng số.</translation>
    </message>
    <message>
        <source>Its tokenizer reads text pairs.</source>
        <translation>Mô hình có tokenizer nên đọc được các cặp dạng văn bản.</translation>
    </message>
    <message>
        <source>No tokenizer: use pairs of token ids.</source>
        <translation>Không có tokenizer: hãy dùng các cặp dạng token id.</translation>
    </message>
    <message>
        <source>Choose the preference pairs: JSON lines in TRL format (prompt, chosen, rejected) or as token ids.</source>
        <translation>Chọn các cặp ưu tiên: JSON lines theo định dạng TRL (prompt, chosen, rejected) hoặc dạng token id.</translation>
    </message>
</context>
</TS>