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
    <message>
        <source>cannot open for flushing: %1</source>
        <translation>không thể mở để ghi dữ liệu xuống đĩa: %1</translation>
    </message>
    <message>
        <source>cannot create folder</source>
        <translation>không thể tạo thư mục</translation>
    </message>
    <message>
        <source>cannot read file: %1</source>
        <translation>không thể đọc tệp: %1</translation>
    </message>
    <message>
        <source>the disk is full (%1); the previous file, if any, is unchanged</source>
        <translation>ổ đĩa đã đầy (%1); tệp trước đó, nếu có, vẫn được giữ nguyên</translation>
    </message>
</context>
<context>
    <name>ps::FileFaults</name>
    <message>
        <source>error: a model file was truncated or changed on disk while it was in use (memory-mapped weights became unreadable). The work committed so far is kept. Replace model files only while no Prefstudio process uses them, then run again.</source>
        <translation>lỗi: một tệp mô hình đã bị cắt ngắn hoặc bị thay đổi trên đĩa trong lúc đang được dùng (không còn đọc được các trọng số ánh xạ vào bộ nhớ). Công việc đã lưu đến lúc này vẫn được giữ nguyên. Chỉ thay tệp mô hình khi không có tiến trình Prefstudio nào đang dùng chúng, rồi chạy lại.</translation>
    </message>
</context>
<context>
    <name>ps::SafeName</name>
    <message>
        <source>the name is empty</source>
        <translation>tên bị trống</translation>
    </message>
    <message>
        <source>'%1' is not a file name</source>
        <translation>'%1' không phải là tên tệp</translation>
    </message>
    <message>
        <source>'%1' is not a plain file name (it holds a path separator or a control character)</source>
        <translation>'%1' không phải là tên tệp đơn thuần (chứa dấu phân cách đường dẫn hoặc ký tự điều khiển)</translation>
    </message>
    <message>
        <source>the name '%1' is longer than %2 bytes</source>
        <translation>tên '%1' dài hơn %2 byte</translation>
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
    <message>
        <source>generate candidate answers for a workspace's prompts and pair them</source>
        <translation>sinh các câu trả lời ứng viên cho prompt của không gian làm việc và ghép cặp chúng</translation>
    </message>
    <message>
        <source>train a byte-level BPE tokenizer in LFM2's layout</source>
        <translation>huấn luyện bộ tách từ BPE mức byte theo bố cục của LFM2</translation>
    </message>
    <message>
        <source>supervised fine-tuning on prompt/completion data (LoRA or full)</source>
        <translation>tinh chỉnh có giám sát trên dữ liệu prompt/completion (LoRA hoặc toàn bộ)</translation>
    </message>
    <message>
        <source>build the bundled demo workspace</source>
        <translation>tạo không gian làm việc demo đi kèm</translation>
    </message>
    <message>
        <source>before/after: the same prompts and seeds through two models, with metrics and an HTML report</source>
        <translation>trước/sau: cùng câu lệnh và hạt giống qua hai mô hình, kèm chỉ số và báo cáo HTML</translation>
    </message>
    <message>
        <source>run the red-team suite through a model (and a base), flag safety regressions</source>
        <translation>chạy bộ red-team qua một mô hình (và mô hình gốc), đánh dấu các thụt lùi về an toàn</translation>
    </message>
    <message>
        <source>HTML/CSV report of a blind evaluation session in a workspace</source>
        <translation>báo cáo HTML/CSV của một phiên đánh giá ẩn danh trong không gian làm việc</translation>
    </message>
    <message>
        <source>Generate candidate answers for a workspace's prompts and pair them for annotation: N seeded candidates from one model, or one candidate from each of several models. Each prompt is committed when it is done; running the same command again skips the prompts already done.</source>
        <translation>Sinh các câu trả lời ứng viên cho prompt của không gian làm việc và ghép cặp để gán nhãn: N ứng viên có seed từ một mô hình, hoặc mỗi mô hình một ứng viên. Mỗi prompt được ghi ngay khi xong; chạy lại cùng lệnh sẽ bỏ qua các prompt đã xong.</translation>
    </message>
    <message>
        <source>model folder; repeat to compare models (one candidate each)</source>
        <translation>thư mục mô hình; lặp lại để so sánh các mô hình (mỗi mô hình một ứng viên)</translation>
    </message>
    <message>
        <source>a registered model version id; repeatable</source>
        <translation>id của một phiên bản mô hình đã đăng ký; có thể lặp lại</translation>
    </message>
    <message>
        <source>candidates per prompt and model (default: 2 with one model, 1 with several)</source>
        <translation>số ứng viên cho mỗi prompt và mô hình (mặc định: 2 với một mô hình, 1 với nhiều mô hình)</translation>
    </message>
    <message>
        <source>sampling temperature; 0: greedy (default: the model's)</source>
        <translation>nhiệt độ lấy mẫu; 0: tham lam (mặc định: của mô hình)</translation>
    </message>
    <message>
        <source>one temperature per candidate, comma-separated</source>
        <translation>mỗi ứng viên một nhiệt độ, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <source>tokens to generate at most per candidate</source>
        <translation>số token tối đa sinh cho mỗi ứng viên</translation>
    </message>
    <message>
        <source>random seed; candidate k uses seed + k (default 0)</source>
        <translation>seed ngẫu nhiên; ứng viên k dùng seed + k (mặc định 0)</translation>
    </message>
    <message>
        <source>which prompts: unpaired (default) or all</source>
        <translation>prompt nào: unpaired (chưa có cặp, mặc định) hoặc all (tất cả)</translation>
    </message>
    <message>
        <source>only these prompt ids, comma-separated</source>
        <translation>chỉ các id prompt này, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <source>only prompts in this language</source>
        <translation>chỉ các prompt bằng ngôn ngữ này</translation>
    </message>
    <message>
        <source>only prompts of this category</source>
        <translation>chỉ các prompt thuộc danh mục này</translation>
    </message>
    <message>
        <source>generate for at most K prompts</source>
        <translation>sinh cho tối đa K prompt</translation>
    </message>
    <message>
        <source>all (every two candidates, default) or adjacent (each with the next)</source>
        <translation>all (mọi cặp hai ứng viên, mặc định) hoặc adjacent (mỗi ứng viên với ứng viên kế tiếp)</translation>
    </message>
    <message>
        <source>candidates needs --workspace and at least one --model or --model-version</source>
        <translation>candidates cần --workspace và ít nhất một --model hoặc --model-version</translation>
    </message>
    <message>
        <source>--model-version expects an id, got '%1'</source>
        <translation>--model-version cần một id, nhận được '%1'</translation>
    </message>
    <message>
        <source>--temperatures expects numbers, got '%1'</source>
        <translation>--temperatures cần các số, nhận được '%1'</translation>
    </message>
    <message>
        <source>--prompts must be all or unpaired, got '%1'</source>
        <translation>--prompts phải là all hoặc unpaired, nhận được '%1'</translation>
    </message>
    <message>
        <source>--pairing must be all or adjacent, got '%1'</source>
        <translation>--pairing phải là all hoặc adjacent, nhận được '%1'</translation>
    </message>
    <message>
        <source>[%1/%2] prompt %3 · %4 tok/s · ETA %5
</source>
        <translation>[%1/%2] prompt %3 · %4 token/giây · còn lại %5
</translation>
    </message>
    <message>
        <source>%1 prompts done (%2 skipped: already done with these models and settings): %3 candidates, %4 pairs, %5 tokens in %6 s (%7 tok/s)%8
</source>
        <translation>Đã xong %1 prompt (bỏ qua %2: đã làm với các mô hình và thiết lập này): %3 ứng viên, %4 cặp, %5 token trong %6 giây (%7 token/giây)%8
</translation>
    </message>
    <message>
        <source> (stopped: run the command again to continue)</source>
        <translation> (đã dừng: chạy lại lệnh để tiếp tục)</translation>
    </message>
    <message>
        <source>Build the demo workspace from the bundled resources (prompts, the demo model's candidates, seed pairs with votes, guidelines), or reuse it when it is complete. Resources: $PREFSTUDIO_RESOURCES, else the installed or source-tree resources folder.</source>
        <translation>Tạo không gian làm việc demo từ tài nguyên đi kèm (prompt, các câu trả lời ứng viên của mô hình demo, các cặp mẫu kèm phiếu bầu, hướng dẫn), hoặc dùng lại nếu nó đã hoàn chỉnh. Tài nguyên: $PREFSTUDIO_RESOURCES, nếu không thì thư mục resources đã cài đặt hoặc trong cây mã nguồn.</translation>
    </message>
    <message>
        <source>workspace file (default: the user data folder's demo/demo.prefstudio)</source>
        <translation>tệp không gian làm việc (mặc định: demo/demo.prefstudio trong thư mục dữ liệu người dùng)</translation>
    </message>
    <message>
        <source>resources folder (overrides $PREFSTUDIO_RESOURCES)</source>
        <translation>thư mục tài nguyên (thay cho $PREFSTUDIO_RESOURCES)</translation>
    </message>
    <message>
        <source>%1 %2: %3 prompts, %4 pairs, %5 votes; model %6
</source>
        <translation>%1 %2: %3 prompt, %4 cặp, %5 phiếu bầu; mô hình %6
</translation>
    </message>
    <message>
        <source>built</source>
        <translation>đã tạo</translation>
    </message>
    <message>
        <source>reused</source>
        <translation>đã dùng lại</translation>
    </message>
    <message>
        <source>tokens per answer at most (default %1)</source>
        <translation>số token tối đa cho mỗi câu trả lời (mặc định %1)</translation>
    </message>
    <message>
        <source>random seed; prompt i uses seed + i (default 0)</source>
        <translation>hạt giống ngẫu nhiên; câu lệnh thứ i dùng hạt giống + i (mặc định 0)</translation>
    </message>
    <message>
        <source>--max-new-tokens must be at least 1</source>
        <translation>--max-new-tokens phải ít nhất là 1</translation>
    </message>
    <message>
        <source>Before/after: the same prompts, seeds and sampling through model A (before) and model B (after); writes answers.jsonl, metrics.json and report.html into --out.
  prefstudio eval --models A_DIR B_DIR --prompts FILE [--seed N] --out DIR</source>
        <translation>Trước/sau: cùng các câu lệnh, hạt giống và thiết lập lấy mẫu qua mô hình A (trước) và mô hình B (sau); ghi answers.jsonl, metrics.json và report.html vào --out.
  prefstudio eval --models A_DIR B_DIR --prompts FILE [--seed N] --out DIR</translation>
    </message>
    <message>
        <source>the two model folders, A then B</source>
        <translation>hai thư mục mô hình, A rồi đến B</translation>
    </message>
    <message>
        <source>prompts: JSON lines with "prompt" (text or messages), or a .txt file</source>
        <translation>câu lệnh: JSON lines có "prompt" (văn bản hoặc tin nhắn), hoặc một tệp .txt</translation>
    </message>
    <message>
        <source>safety filter JSON (default: the workspace's, else the bundled one)</source>
        <translation>JSON bộ lọc an toàn (mặc định: của không gian làm việc, nếu không thì bộ lọc đi kèm)</translation>
    </message>
    <message>
        <source>also save the comparison in this workspace</source>
        <translation>đồng thời lưu phép so sánh vào không gian làm việc này</translation>
    </message>
    <message>
        <source>name of the saved comparison</source>
        <translation>tên của phép so sánh được lưu</translation>
    </message>
    <message>
        <source>with --workspace: attach the results to this training run</source>
        <translation>với --workspace: gắn kết quả vào lượt huấn luyện này</translation>
    </message>
    <message>
        <source>also estimate KL(B || A) on the prompts (A is the base)</source>
        <translation>đồng thời ước lượng KL(B || A) trên các câu lệnh (A là mô hình gốc)</translation>
    </message>
    <message>
        <source>eval needs --models A_DIR B_DIR, --prompts and --out</source>
        <translation>eval cần --models A_DIR B_DIR, --prompts và --out</translation>
    </message>
    <message>
        <source>cannot create the output folder</source>
        <translation>không tạo được thư mục đầu ra</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>câu trả lời</translation>
    </message>
    <message>
        <source>saved comparison %1 in %2
</source>
        <translation>đã lưu phép so sánh %1 vào %2
</translation>
    </message>
    <message>
        <source>%1 prompts: A %2 chars / %3 ms mean, B %4 chars / %5 ms mean; %6 identical answers
</source>
        <translation>%1 câu lệnh: A trung bình %2 ký tự / %3 ms, B trung bình %4 ký tự / %5 ms; %6 câu trả lời giống hệt
</translation>
    </message>
    <message>
        <source>wrote %1
</source>
        <translation>đã ghi %1
</translation>
    </message>
    <message>
        <source>Run the red-team suite (English and Vietnamese) through a model and classify every answer with the safety filter; with --base, compare and flag regressions. Writes results.jsonl, safety.json and safety.html into --out.</source>
        <translation>Chạy bộ câu lệnh red-team (tiếng Anh và tiếng Việt) qua một mô hình và phân loại mọi câu trả lời bằng bộ lọc an toàn; với --base, so sánh và đánh dấu các thụt lùi. Ghi results.jsonl, safety.json và safety.html vào --out.</translation>
    </message>
    <message>
        <source>the model to test (the tuned one)</source>
        <translation>mô hình cần kiểm tra (mô hình đã tinh chỉnh)</translation>
    </message>
    <message>
        <source>prompt suite JSONL (default: the bundled red-team suite)</source>
        <translation>bộ câu lệnh JSONL (mặc định: bộ red-team đi kèm)</translation>
    </message>
    <message>
        <source>base model folder to compare with</source>
        <translation>thư mục mô hình gốc để so sánh</translation>
    </message>
    <message>
        <source>also save the safety run(s) in this workspace</source>
        <translation>đồng thời lưu các lần kiểm tra an toàn vào không gian làm việc này</translation>
    </message>
    <message>
        <source>only prompts in these languages, e.g. en,vi</source>
        <translation>chỉ các câu lệnh thuộc những ngôn ngữ này, ví dụ en,vi</translation>
    </message>
    <message>
        <source>at most N prompts per category and language (a quick check)</source>
        <translation>tối đa N câu lệnh cho mỗi danh mục và ngôn ngữ (kiểm tra nhanh)</translation>
    </message>
    <message>
        <source>regression tolerance in rate points (default 0.05)</source>
        <translation>dung sai thụt lùi tính theo điểm tỉ lệ (mặc định 0.05)</translation>
    </message>
    <message>
        <source>exit with status 3 when the model regresses against --base</source>
        <translation>thoát với mã 3 khi mô hình thụt lùi so với --base</translation>
    </message>
    <message>
        <source>safety needs MODEL_DIR and --out</source>
        <translation>safety cần MODEL_DIR và --out</translation>
    </message>
    <message>
        <source>no suite prompt is in the chosen languages</source>
        <translation>không có câu lệnh kiểm thử nào thuộc các ngôn ngữ đã chọn</translation>
    </message>
    <message>
        <source>saved safety run %1 in %2
</source>
        <translation>đã lưu lần kiểm tra an toàn %1 vào %2
</translation>
    </message>
    <message>
        <source>base</source>
        <translation>gốc</translation>
    </message>
    <message>
        <source>model</source>
        <translation>mô hình</translation>
    </message>
    <message>
        <source>unsafe answers: %1 of %2 harmful prompts; over-refusal: %3 of %4 benign prompts
</source>
        <translation>câu trả lời không an toàn: %1 trên %2 câu lệnh độc hại; từ chối quá mức: %3 trên %4 câu lệnh vô hại
</translation>
    </message>
    <message>
        <source>REGRESSION: the model is less safe than the base (see safety.html)
</source>
        <translation>THỤT LÙI: mô hình kém an toàn hơn mô hình gốc (xem safety.html)
</translation>
    </message>
    <message>
        <source>Write the report of a blind evaluation session: win rates with Wilson and bootstrap intervals, the Bradley–Terry leaderboard, the empirical metrics per model version and the safety comparison (HTML), and the judgments (CSV).</source>
        <translation>Ghi báo cáo của một phiên đánh giá ẩn danh: tỉ lệ thắng với khoảng Wilson và bootstrap, bảng xếp hạng Bradley–Terry, các chỉ số thực nghiệm theo phiên bản mô hình và so sánh an toàn (HTML), cùng các đánh giá (CSV).</translation>
    </message>
    <message>
        <source>the workspace file</source>
        <translation>tệp không gian làm việc</translation>
    </message>
    <message>
        <source>evaluation session id</source>
        <translation>mã phiên đánh giá</translation>
    </message>
    <message>
        <source>HTML file (default: session-&lt;id&gt;.html)</source>
        <translation>tệp HTML (mặc định: session-&lt;id&gt;.html)</translation>
    </message>
    <message>
        <source>also write the judgments as CSV</source>
        <translation>đồng thời ghi các đánh giá dạng CSV</translation>
    </message>
    <message>
        <source>bootstrap resamples (default 2000)</source>
        <translation>số lần lấy mẫu lại bootstrap (mặc định 2000)</translation>
    </message>
    <message>
        <source>bootstrap seed (default 0)</source>
        <translation>hạt giống bootstrap (mặc định 0)</translation>
    </message>
    <message>
        <source>report needs WORKSPACE and --session</source>
        <translation>report cần WORKSPACE và --session</translation>
    </message>
    <message>
        <source>%1 vs %2: win rate %3 [%4, %5] (Wilson 95%), %6 judgments
</source>
        <translation>%1 so với %2: tỉ lệ thắng %3 [%4, %5] (Wilson 95%), %6 đánh giá
</translation>
    </message>
    <message>
        <source>Train a byte-level BPE tokenizer in LFM2's layout (LFM2 special tokens, pre-tokenizer and chat template) on text files, one text per line; writes tokenizer.json, tokenizer_config.json and special_tokens_map.json.</source>
        <translation>Huấn luyện bộ tách từ BPE mức byte theo bố cục của LFM2 (token đặc biệt, bộ tiền tách từ và mẫu hội thoại của LFM2) trên các tệp văn bản, mỗi dòng một văn bản; ghi tokenizer.json, tokenizer_config.json và special_tokens_map.json.</translation>
    </message>
    <message>
        <source>text file, one text per line (repeat for several)</source>
        <translation>tệp văn bản, mỗi dòng một văn bản (lặp lại cho nhiều tệp)</translation>
    </message>
    <message>
        <source>vocabulary size with special tokens (default 4096)</source>
        <translation>kích thước bộ từ vựng, kể cả token đặc biệt (mặc định 4096)</translation>
    </message>
    <message>
        <source>merge only pairs seen at least this often (default 2)</source>
        <translation>chỉ gộp các cặp xuất hiện ít nhất bấy nhiêu lần (mặc định 2)</translation>
    </message>
    <message>
        <source>train-tokenizer needs --input and --out</source>
        <translation>train-tokenizer cần --input và --out</translation>
    </message>
    <message>
        <source>wrote %1: %2 merges, vocabulary %3
</source>
        <translation>đã ghi %1: %2 phép gộp, bộ từ vựng %3
</translation>
    </message>
    <message>
        <source>train on a workspace's votes instead (exclusions respected, edits as chosen); the run and the exported model are recorded there</source>
        <translation>huấn luyện trên các lượt bình chọn của một không gian làm việc (tôn trọng các loại trừ, câu trả lời đã sửa được coi là chosen); lượt chạy và mô hình xuất ra được ghi lại trong đó</translation>
    </message>
    <message>
        <source>keep every activation for the backward (faster, much more memory)</source>
        <translation>giữ mọi activation cho lượt lan truyền ngược (nhanh hơn, tốn nhiều bộ nhớ hơn)</translation>
    </message>
    <message>
        <source>train needs --model, --out and one of --data or --workspace</source>
        <translation>train cần --model, --out và một trong hai --data hoặc --workspace</translation>
    </message>
    <message>
        <source>registered in the workspace as model version %1 (run %2)
</source>
        <translation>đã đăng ký trong không gian làm việc thành phiên bản mô hình %1 (lượt chạy %2)
</translation>
    </message>
    <message>
        <source>Supervised fine-tuning (TRL SFT, loss on completion tokens only) of an LFM2 model on prompt/completion or messages JSONL. Full fine-tuning unless --lora-r is given. Prints one JSON line of metrics per logged step; interrupt with Ctrl+C and run the same command again to resume.</source>
        <translation>Tinh chỉnh có giám sát (TRL SFT, chỉ tính loss trên token của phần trả lời) một mô hình LFM2 trên JSONL dạng prompt/completion hoặc messages. Tinh chỉnh toàn bộ trừ khi có --lora-r. In một dòng JSON chỉ số cho mỗi bước được ghi; ngắt bằng Ctrl+C và chạy lại cùng lệnh để tiếp tục.</translation>
    </message>
    <message>
        <source>examples as JSONL: prompt/completion (text or chat) or messages</source>
        <translation>ví dụ dạng JSONL: prompt/completion (văn bản hoặc hội thoại) hoặc messages</translation>
    </message>
    <message>
        <source>peak learning rate (default 2e-5)</source>
        <translation>tốc độ học cao nhất (mặc định 2e-5)</translation>
    </message>
    <message>
        <source>examples per micro-batch (default 8)</source>
        <translation>số ví dụ mỗi micro-batch (mặc định 8)</translation>
    </message>
    <message>
        <source>gradient accumulation steps (default 1)</source>
        <translation>số bước tích lũy gradient (mặc định 1)</translation>
    </message>
    <message>
        <source>train LoRA adapters of this rank instead of all weights</source>
        <translation>huấn luyện bộ chuyển LoRA với hạng này thay vì toàn bộ trọng số</translation>
    </message>
    <message>
        <source>LoRA alpha (default 2 x rank)</source>
        <translation>alpha của LoRA (mặc định 2 x hạng)</translation>
    </message>
    <message>
        <source>share of steps for linear warmup (default 0.1)</source>
        <translation>tỉ lệ số bước khởi động tuyến tính (mặc định 0.1)</translation>
    </message>
    <message>
        <source>linear, cosine or constant (default cosine)</source>
        <translation>linear, cosine hoặc constant (mặc định cosine)</translation>
    </message>
    <message>
        <source>held-out share of the examples (default 0.05)</source>
        <translation>tỉ lệ ví dụ giữ lại để đánh giá (mặc định 0.05)</translation>
    </message>
    <message>
        <source>checkpoint every N steps (default 100)</source>
        <translation>lưu checkpoint sau mỗi N bước (mặc định 100)</translation>
    </message>
    <message>
        <source>compute threads (default: all cores)</source>
        <translation>số luồng tính toán (mặc định: tất cả các lõi)</translation>
    </message>
    <message>
        <source>sft needs --model, --data and --out</source>
        <translation>sft cần --model, --data và --out</translation>
    </message>
    <message>
        <source>the evaluation after training failed: %1
</source>
        <translation>đánh giá sau huấn luyện thất bại: %1
</translation>
    </message>
    <message>
        <source>WARNING: safety regression against the base model in: %1
</source>
        <translation>CẢNH BÁO: độ an toàn kém hơn mô hình gốc ở: %1
</translation>
    </message>
    <message>
        <source>launching %1 processes (MASTER_ADDR=127.0.0.1 MASTER_PORT=%2)
</source>
        <translation>đang khởi chạy %1 tiến trình (MASTER_ADDR=127.0.0.1 MASTER_PORT=%2)
</translation>
    </message>
    <message>
        <source>rank %1 was killed or crashed; stopping the other ranks
</source>
        <translation>rank %1 đã bị dừng cưỡng bức hoặc bị lỗi; đang dừng các rank còn lại
</translation>
    </message>
    <message>
        <source>rank %1 failed (exit code %2); stopping the other ranks
</source>
        <translation>rank %1 thất bại (mã thoát %2); đang dừng các rank còn lại
</translation>
    </message>
    <message>
        <source>terminating the ranks still running
</source>
        <translation>đang kết thúc các rank vẫn còn chạy
</translation>
    </message>
    <message>
        <source>error: distributed run failed: rank %1 stopped first
</source>
        <translation>lỗi: lần huấn luyện phân tán thất bại: rank %1 dừng đầu tiên
</translation>
    </message>
    <message>
        <source>data-parallel: start N processes on this machine (global batch = batch size x grad accum x N); across machines set RANK, WORLD_SIZE, MASTER_ADDR, MASTER_PORT instead</source>
        <translation>song song dữ liệu: khởi chạy N tiến trình trên máy này (lô toàn cục = kích thước lô x số bước tích lũy x N); trên nhiều máy hãy đặt RANK, WORLD_SIZE, MASTER_ADDR, MASTER_PORT</translation>
    </message>
    <message>
        <source>print progress as JSON lines on standard output too (for programs that watch the run)</source>
        <translation>in thêm tiến độ dưới dạng dòng JSON ra đầu ra chuẩn (cho các chương trình theo dõi lần chạy)</translation>
    </message>
    <message>
        <source>data-parallel: seconds to wait for the other processes before failing (default 600)</source>
        <translation>song song dữ liệu: số giây chờ các tiến trình khác trước khi báo lỗi (mặc định 600)</translation>
    </message>
    <message>
        <source>--nproc must be from 1 to 256</source>
        <translation>--nproc phải từ 1 đến 256</translation>
    </message>
    <message>
        <source>--nproc starts its own ranks; do not combine it with RANK and WORLD_SIZE</source>
        <translation>--nproc tự khởi chạy các rank; đừng dùng cùng RANK và WORLD_SIZE</translation>
    </message>
    <message>
        <source>--dist-timeout must be positive</source>
        <translation>--dist-timeout phải là số dương</translation>
    </message>
    <message>
        <source>rank %1 of %2 (pid %3): joining %4:%5
</source>
        <translation>rank %1 trên %2 (pid %3): đang kết nối tới %4:%5
</translation>
    </message>
    <message>
        <source>
'prefstudio &lt;command&gt; --help' describes a command's options.
Options for every command: --lang en|vi, --device auto|cpu|cuda|cuda:N
(where models compute; auto: a CUDA GPU when present, else the CPU).
</source>
        <translation>
'prefstudio &lt;lệnh&gt; --help' mô tả các tùy chọn của một lệnh.
Tùy chọn cho mọi lệnh: --lang en|vi, --device auto|cpu|cuda|cuda:N
(nơi mô hình tính toán; auto: GPU CUDA nếu có, nếu không thì CPU).
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
    <name>ps::demo::DemoWorkspace</name>
    <message>
        <source>cannot count the demo workspace's content</source>
        <translation>không đếm được nội dung của không gian làm việc demo</translation>
    </message>
    <message>
        <source>cannot read file</source>
        <translation>không đọc được tệp</translation>
    </message>
    <message>
        <source>line %1: the prompt is not among the demo prompts</source>
        <translation>dòng %1: prompt này không nằm trong các prompt demo</translation>
    </message>
    <message>
        <source>the demo resources are incomplete ('%1' is missing); set PREFSTUDIO_RESOURCES to the resources folder</source>
        <translation>tài nguyên demo chưa đầy đủ (thiếu '%1'); hãy đặt PREFSTUDIO_RESOURCES trỏ tới thư mục resources</translation>
    </message>
    <message>
        <source>cannot create folder</source>
        <translation>không tạo được thư mục</translation>
    </message>
    <message>
        <source>cannot move the demo workspace into place</source>
        <translation>không chuyển được không gian làm việc demo vào đúng chỗ</translation>
    </message>
</context>
<context>
    <name>ps::eval</name>
    <message>
        <source>computing annotation metrics</source>
        <translation>đang tính các chỉ số từ dữ liệu gán nhãn</translation>
    </message>
    <message>
        <source>cannot read the prompts: %1</source>
        <translation>không đọc được tệp câu lệnh: %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, dòng %2</translation>
    </message>
    <message>
        <source>not a JSON object (a .txt file holds one prompt per line)</source>
        <translation>không phải đối tượng JSON (tệp .txt chứa mỗi dòng một câu lệnh)</translation>
    </message>
    <message>
        <source>"prompt" messages need a "role" and "content"</source>
        <translation>các tin nhắn trong "prompt" cần có "role" và "content"</translation>
    </message>
    <message>
        <source>"prompt" must be a non-empty string or message list</source>
        <translation>"prompt" phải là chuỗi không rỗng hoặc danh sách tin nhắn</translation>
    </message>
    <message>
        <source>the prompt file holds no prompts</source>
        <translation>tệp câu lệnh không chứa câu lệnh nào</translation>
    </message>
    <message>
        <source>loading model A</source>
        <translation>đang tải mô hình A</translation>
    </message>
    <message>
        <source>loading model B</source>
        <translation>đang tải mô hình B</translation>
    </message>
    <message>
        <source>prompt %1</source>
        <translation>câu lệnh %1</translation>
    </message>
    <message>
        <source>reading answers for the session failed</source>
        <translation>đọc câu trả lời cho phiên đánh giá thất bại</translation>
    </message>
    <message>
        <source>a blind session compares at least two model versions</source>
        <translation>một phiên đánh giá ẩn danh so sánh ít nhất hai phiên bản mô hình</translation>
    </message>
    <message>
        <source>a blind session needs prompts</source>
        <translation>một phiên đánh giá ẩn danh cần có câu lệnh</translation>
    </message>
    <message>
        <source>model version '%1' has %2 answer(s) for prompt %3, the session needs %4: generate them first (before/after)</source>
        <translation>phiên bản mô hình '%1' có %2 câu trả lời cho câu lệnh %3, phiên cần %4: hãy sinh chúng trước (trước/sau)</translation>
    </message>
    <message>
        <source>held-out prompts</source>
        <translation>câu lệnh giữ lại</translation>
    </message>
    <message>
        <source>after training run %1</source>
        <translation>sau lượt huấn luyện %1</translation>
    </message>
    <message>
        <source>safety suite, base model</source>
        <translation>bộ kiểm thử an toàn, mô hình gốc</translation>
    </message>
    <message>
        <source>safety suite, tuned model</source>
        <translation>bộ kiểm thử an toàn, mô hình đã tinh chỉnh</translation>
    </message>
    <message>
        <source>the tuned and the base model have different vocabularies</source>
        <translation>mô hình đã tinh chỉnh và mô hình gốc có bộ từ vựng khác nhau</translation>
    </message>
    <message>
        <source>estimating KL to the base model</source>
        <translation>đang ước lượng KL so với mô hình gốc</translation>
    </message>
    <message>
        <source>the compute dtype must be fp32 or bf16, got '%1'</source>
        <translation>kiểu dữ liệu tính toán phải là fp32 hoặc bf16, nhận được '%1'</translation>
    </message>
    <message>
        <source>the prompt is a chat, but the model's tokenizer has no usable chat template</source>
        <translation>câu lệnh là một cuộc hội thoại nhưng bộ tách token của mô hình không có mẫu hội thoại dùng được</translation>
    </message>
    <message>
        <source>the prompt encodes to no tokens</source>
        <translation>câu lệnh không mã hóa ra token nào</translation>
    </message>
    <message>
        <source>comparison %1 compares a model version with itself</source>
        <translation>phép so sánh %1 so sánh một phiên bản mô hình với chính nó</translation>
    </message>
    <message>
        <source>comparison %1 has no answers</source>
        <translation>phép so sánh %1 không có câu trả lời nào</translation>
    </message>
</context>
<context>
    <name>ps::eval::Report</name>
    <message>
        <source>Generated by Prefstudio on %1 (UTC).</source>
        <translation>Được tạo bởi Prefstudio lúc %1 (UTC).</translation>
    </message>
    <message>
        <source>Model A (before)</source>
        <translation>Mô hình A (trước)</translation>
    </message>
    <message>
        <source>Model B (after)</source>
        <translation>Mô hình B (sau)</translation>
    </message>
    <message>
        <source>%1 prompts, seed %2 (prompt i uses seed + i), the same sampling for both models.</source>
        <translation>%1 câu lệnh, hạt giống %2 (câu lệnh thứ i dùng hạt giống + i), cùng thiết lập lấy mẫu cho cả hai mô hình.</translation>
    </message>
    <message>
        <source>Automatic metrics</source>
        <translation>Chỉ số tự động</translation>
    </message>
    <message>
        <source>mean length (characters)</source>
        <translation>độ dài trung bình (ký tự)</translation>
    </message>
    <message>
        <source>mean length (words)</source>
        <translation>độ dài trung bình (từ)</translation>
    </message>
    <message>
        <source>mean length (tokens)</source>
        <translation>độ dài trung bình (token)</translation>
    </message>
    <message>
        <source>mean latency (ms)</source>
        <translation>độ trễ trung bình (ms)</translation>
    </message>
    <message>
        <source>p90 latency (ms)</source>
        <translation>độ trễ p90 (ms)</translation>
    </message>
    <message>
        <source>tokens per second</source>
        <translation>token mỗi giây</translation>
    </message>
    <message>
        <source>distinct-1</source>
        <translation>distinct-1</translation>
    </message>
    <message>
        <source>distinct-2</source>
        <translation>distinct-2</translation>
    </message>
    <message>
        <source>cut at max new tokens</source>
        <translation>bị cắt ở số token mới tối đa</translation>
    </message>
    <message>
        <source>safety filter: unsafe answers</source>
        <translation>bộ lọc an toàn: câu trả lời không an toàn</translation>
    </message>
    <message>
        <source>safety filter: refusals</source>
        <translation>bộ lọc an toàn: số lần từ chối</translation>
    </message>
    <message>
        <source>Identical answers: %1 of %2. Mean edit distance A→B: %3 characters. Mean length ratio B/A: %4.</source>
        <translation>Câu trả lời giống hệt: %1 trên %2. Khoảng cách chỉnh sửa trung bình A→B: %3 ký tự. Tỉ lệ độ dài trung bình B/A: %4.</translation>
    </message>
    <message>
        <source>Answers side by side</source>
        <translation>Các câu trả lời đặt cạnh nhau</translation>
    </message>
    <message>
        <source>Words only in A are struck through, words only in B are highlighted.</source>
        <translation>Từ chỉ có ở A bị gạch ngang, từ chỉ có ở B được tô sáng.</translation>
    </message>
    <message>
        <source>%1 tokens, %2 ms, seed %3</source>
        <translation>%1 token, %2 ms, hạt giống %3</translation>
    </message>
    <message>
        <source>Before/after: %1 vs %2</source>
        <translation>Trước/sau: %1 so với %2</translation>
    </message>
    <message>
        <source>A category regresses when the tuned rate exceeds the base rate by more than %1 percentage points, or when a paired one-sided exact McNemar test over the same prompts gives p &lt; %2. For benign prompts the compared rate is the over-refusal rate.</source>
        <translation>Một danh mục bị coi là thụt lùi khi tỉ lệ của mô hình đã tinh chỉnh vượt tỉ lệ của mô hình gốc hơn %1 điểm phần trăm, hoặc khi kiểm định McNemar chính xác một phía, ghép cặp trên cùng các câu lệnh, cho p &lt; %2. Với câu lệnh vô hại, tỉ lệ được so sánh là tỉ lệ từ chối quá mức.</translation>
    </message>
    <message>
        <source>category</source>
        <translation>danh mục</translation>
    </message>
    <message>
        <source>prompts</source>
        <translation>câu lệnh</translation>
    </message>
    <message>
        <source>base</source>
        <translation>gốc</translation>
    </message>
    <message>
        <source>tuned</source>
        <translation>đã tinh chỉnh</translation>
    </message>
    <message>
        <source>change</source>
        <translation>thay đổi</translation>
    </message>
    <message>
        <source>McNemar p</source>
        <translation>p McNemar</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>thụt lùi</translation>
    </message>
    <message>
        <source>REGRESSION</source>
        <translation>THỤT LÙI</translation>
    </message>
    <message>
        <source>%1 (over-refusal)</source>
        <translation>%1 (từ chối quá mức)</translation>
    </message>
    <message>
        <source>%1 (unsafe)</source>
        <translation>%1 (không an toàn)</translation>
    </message>
    <message>
        <source>all harmful prompts (unsafe)</source>
        <translation>mọi câu lệnh độc hại (không an toàn)</translation>
    </message>
    <message>
        <source>unsafe rate</source>
        <translation>tỉ lệ không an toàn</translation>
    </message>
    <message>
        <source>refusal rate</source>
        <translation>tỉ lệ từ chối</translation>
    </message>
    <message>
        <source>benign (refusal = over-refusal)</source>
        <translation>vô hại (từ chối = từ chối quá mức)</translation>
    </message>
    <message>
        <source>Unsafe answers on harmful prompts: %1 (%2 of %3). Over-refusal on benign prompts: %4 (%5 of %6).</source>
        <translation>Câu trả lời không an toàn cho câu lệnh độc hại: %1 (%2 trên %3). Từ chối quá mức với câu lệnh vô hại: %4 (%5 trên %6).</translation>
    </message>
    <message>
        <source>Base vs tuned</source>
        <translation>Gốc so với đã tinh chỉnh</translation>
    </message>
    <message>
        <source>The tuned model regresses on safety. Review before exporting.</source>
        <translation>Mô hình đã tinh chỉnh kém an toàn hơn. Hãy xem xét trước khi xuất.</translation>
    </message>
    <message>
        <source>No safety regression found.</source>
        <translation>Không phát hiện thụt lùi về an toàn.</translation>
    </message>
    <message>
        <source>Rates per category: %1</source>
        <translation>Tỉ lệ theo danh mục: %1</translation>
    </message>
    <message>
        <source>Flagged answers</source>
        <translation>Câu trả lời bị gắn cờ</translation>
    </message>
    <message>
        <source>prompt</source>
        <translation>câu lệnh</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>câu trả lời</translation>
    </message>
    <message>
        <source>filter hits</source>
        <translation>mẫu lọc khớp</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>đã từ chối</translation>
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
        <source>Safety report: %1</source>
        <translation>Báo cáo an toàn: %1</translation>
    </message>
    <message>
        <source>Models: %1. Judgments: %2 on %3 pairs. Reviewers: %4.</source>
        <translation>Mô hình: %1. Đánh giá: %2 trên %3 cặp. Người đánh giá: %4.</translation>
    </message>
    <message>
        <source>Win rates</source>
        <translation>Tỉ lệ thắng</translation>
    </message>
    <message>
        <source>model</source>
        <translation>mô hình</translation>
    </message>
    <message>
        <source>against</source>
        <translation>so với</translation>
    </message>
    <message>
        <source>wins</source>
        <translation>thắng</translation>
    </message>
    <message>
        <source>ties</source>
        <translation>hòa</translation>
    </message>
    <message>
        <source>losses</source>
        <translation>thua</translation>
    </message>
    <message>
        <source>win rate</source>
        <translation>tỉ lệ thắng</translation>
    </message>
    <message>
        <source>Wilson 95%</source>
        <translation>Wilson 95%</translation>
    </message>
    <message>
        <source>bootstrap 95% (prompts)</source>
        <translation>bootstrap 95% (theo câu lệnh)</translation>
    </message>
    <message>
        <source>Win rate = (wins + ties/2) / judgments; both-bad counts as a tie. The Wilson interval treats judgments as independent; the bootstrap resamples prompts (%1 resamples, seed %2), so it accounts for several judgments per prompt.</source>
        <translation>Tỉ lệ thắng = (thắng + hòa/2) / số đánh giá; "cả hai đều tệ" được tính là hòa. Khoảng Wilson coi các đánh giá là độc lập; bootstrap lấy mẫu lại theo câu lệnh (%1 lần, hạt giống %2) nên tính đến việc một câu lệnh có nhiều đánh giá.</translation>
    </message>
    <message>
        <source>Position check: the left side was chosen in %1 of %2 decisive judgments.</source>
        <translation>Kiểm tra vị trí: bên trái được chọn trong %1 của %2 đánh giá có phân định.</translation>
    </message>
    <message>
        <source>Leaderboard (Bradley–Terry)</source>
        <translation>Bảng xếp hạng (Bradley–Terry)</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>điểm</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>khoảng 95%</translation>
    </message>
    <message>
        <source>wins / ties / losses</source>
        <translation>thắng / hòa / thua</translation>
    </message>
    <message>
        <source>Rating = 1000 + 400·log10(strength), strengths fitted by Hunter's MM algorithm with ties as half wins and half a virtual tie between every two models; intervals from the prompt bootstrap.</source>
        <translation>Điểm = 1000 + 400·log10(sức mạnh); sức mạnh được ước lượng bằng thuật toán MM của Hunter, hòa tính là nửa trận thắng, thêm nửa trận hòa ảo giữa mỗi cặp mô hình; khoảng tin cậy từ bootstrap theo câu lệnh.</translation>
    </message>
    <message>
        <source>Empirical metrics from annotations</source>
        <translation>Chỉ số thực nghiệm từ dữ liệu gán nhãn</translation>
    </message>
    <message>
        <source>answers shown</source>
        <translation>câu trả lời đã hiển thị</translation>
    </message>
    <message>
        <source>acceptance rate</source>
        <translation>tỉ lệ chấp nhận</translation>
    </message>
    <message>
        <source>edit frequency</source>
        <translation>tần suất chỉnh sửa</translation>
    </message>
    <message>
        <source>mean edit distance</source>
        <translation>khoảng cách chỉnh sửa trung bình</translation>
    </message>
    <message>
        <source>flag rate</source>
        <translation>tỉ lệ gắn cờ</translation>
    </message>
    <message>
        <source>mean length</source>
        <translation>độ dài trung bình</translation>
    </message>
    <message>
        <source>length vs parent</source>
        <translation>độ dài so với mô hình cha</translation>
    </message>
    <message>
        <source>held-out reward accuracy / KL to base</source>
        <translation>độ chính xác phần thưởng trên tập giữ lại / KL so với gốc</translation>
    </message>
    <message>
        <source>Over time: %1</source>
        <translation>Theo thời gian: %1</translation>
    </message>
    <message>
        <source>day</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>Acceptance: the answer was chosen and not edited. Edit distance: Levenshtein in characters. Flag rate: answers flagged unsafe, factually wrong, off-topic or other.</source>
        <translation>Chấp nhận: câu trả lời được chọn và không bị chỉnh sửa. Khoảng cách chỉnh sửa: Levenshtein tính theo ký tự. Tỉ lệ gắn cờ: câu trả lời bị gắn cờ không an toàn, sai sự thật, lạc đề hoặc khác.</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>An toàn</translation>
    </message>
    <message>
        <source>No safety runs of these models are stored in the workspace.</source>
        <translation>Không gian làm việc chưa lưu lần kiểm tra an toàn nào của các mô hình này.</translation>
    </message>
    <message>
        <source>%1 regresses on safety compared with %2.</source>
        <translation>%1 kém an toàn hơn so với %2.</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Người đánh giá</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>người đánh giá</translation>
    </message>
    <message>
        <source>judgments</source>
        <translation>số đánh giá</translation>
    </message>
    <message>
        <source>Evaluation session: %1</source>
        <translation>Phiên đánh giá: %1</translation>
    </message>
</context>
<context>
    <name>ps::gen::CandidateJob</name>
    <message>
        <source>model version '%1' has no model folder</source>
        <translation>phiên bản mô hình '%1' không có thư mục mô hình</translation>
    </message>
    <message>
        <source>model folder %1</source>
        <translation>thư mục mô hình %1</translation>
    </message>
    <message>
        <source>no model folder given</source>
        <translation>chưa chỉ định thư mục mô hình</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>thư mục không tồn tại</translation>
    </message>
    <message>
        <source>no config.json: this is not a Hugging Face model folder</source>
        <translation>không có config.json: đây không phải thư mục mô hình Hugging Face</translation>
    </message>
    <message>
        <source>loading the tokenizer of %1</source>
        <translation>đang tải bộ tách từ của %1</translation>
    </message>
    <message>
        <source>the compute dtype must be fp32 or bf16, got '%1'</source>
        <translation>kiểu dữ liệu tính toán phải là fp32 hoặc bf16, nhận được '%1'</translation>
    </message>
    <message>
        <source>loading model %1</source>
        <translation>đang tải mô hình %1</translation>
    </message>
    <message>
        <source>%1 candidates from one model need sampling (a temperature above 0): greedy decoding gives %1 identical answers</source>
        <translation>%1 ứng viên từ một mô hình cần lấy mẫu (nhiệt độ lớn hơn 0): giải mã tham lam cho ra %1 câu trả lời giống hệt nhau</translation>
    </message>
    <message>
        <source>max new tokens must be at least 1</source>
        <translation>số token mới tối đa phải ít nhất là 1</translation>
    </message>
    <message>
        <source>looking up finished prompts</source>
        <translation>đang tìm các prompt đã xong</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>phiên bản %1</translation>
    </message>
    <message>
        <source>prompt %1</source>
        <translation>prompt %1</translation>
    </message>
    <message>
        <source>generating candidates for prompt %1 with model %2</source>
        <translation>đang sinh ứng viên cho prompt %1 bằng mô hình %2</translation>
    </message>
    <message>
        <source>prompt %1 done</source>
        <translation>đã xong prompt %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>đã hoàn tất</translation>
    </message>
    <message>
        <source>no workspace given</source>
        <translation>chưa chỉ định không gian làm việc</translation>
    </message>
    <message>
        <source>choose at least one model</source>
        <translation>hãy chọn ít nhất một mô hình</translation>
    </message>
    <message>
        <source>candidates per model must be between 1 and 64</source>
        <translation>số ứng viên mỗi mô hình phải từ 1 đến 64</translation>
    </message>
    <message>
        <source>a pair needs two candidates: generate at least 2 from one model, or 1 each from two models</source>
        <translation>một cặp cần hai ứng viên: sinh ít nhất 2 từ một mô hình, hoặc mỗi mô hình 1 từ hai mô hình</translation>
    </message>
    <message>
        <source>%1 temperatures given for %2 candidates per model</source>
        <translation>có %1 nhiệt độ cho %2 ứng viên mỗi mô hình</translation>
    </message>
    <message>
        <source>every candidate temperature must be above 0</source>
        <translation>nhiệt độ của mọi ứng viên phải lớn hơn 0</translation>
    </message>
    <message>
        <source>the temperature must not be negative</source>
        <translation>nhiệt độ không được âm</translation>
    </message>
    <message>
        <source>top-p must be in (0, 1]</source>
        <translation>top-p phải nằm trong (0, 1]</translation>
    </message>
    <message>
        <source>top-k must not be negative</source>
        <translation>top-k không được âm</translation>
    </message>
    <message>
        <source>min-p must be in [0, 1]</source>
        <translation>min-p phải nằm trong [0, 1]</translation>
    </message>
    <message>
        <source>the repetition penalty must be positive</source>
        <translation>hệ số phạt lặp phải dương</translation>
    </message>
    <message>
        <source>the prompt limit must not be negative</source>
        <translation>giới hạn số prompt không được âm</translation>
    </message>
    <message>
        <source>no prompts selected</source>
        <translation>chưa chọn prompt nào</translation>
    </message>
    <message>
        <source>candidate generation failed: %1</source>
        <translation>sinh ứng viên thất bại: %1</translation>
    </message>
</context>
<context>
    <name>ps::gen::PromptEncoder</name>
    <message>
        <source>chat messages need a chat template, and this tokenizer has none</source>
        <translation>tin nhắn hội thoại cần một mẫu chat, và bộ tách từ này không có</translation>
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
    <message>
        <source>tensor '%1' has %2 dimensions (at most 64 are accepted)</source>
        <translation>tensor '%1' có %2 chiều (chấp nhận tối đa 64)</translation>
    </message>
    <message>
        <source>tensor '%1' has an implausibly large shape</source>
        <translation>tensor '%1' có kích thước lớn bất hợp lý</translation>
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
    <message>
        <source>key 'eos_token_id' lists too many token ids</source>
        <translation>khóa 'eos_token_id' liệt kê quá nhiều mã token</translation>
    </message>
    <message>
        <source>block_ffn_dim_multiplier must be in (0, 64]</source>
        <translation>block_ffn_dim_multiplier phải nằm trong khoảng (0, 64]</translation>
    </message>
    <message>
        <source>rope_theta must be a positive number</source>
        <translation>rope_theta phải là một số dương</translation>
    </message>
    <message>
        <source>config.json describes a model of %1 parameters; at most %2 are accepted</source>
        <translation>config.json mô tả một mô hình có %1 tham số; chỉ chấp nhận tối đa %2</translation>
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
    <message>
        <source>%1 candidate seeds given for %2 candidates</source>
        <translation>có %1 seed ứng viên cho %2 ứng viên</translation>
    </message>
    <message>
        <source>%1 candidate temperatures given for %2 candidates</source>
        <translation>có %1 nhiệt độ ứng viên cho %2 ứng viên</translation>
    </message>
    <message>
        <source>'%1' must be an integer from %2 to %3</source>
        <translation>'%1' phải là một số nguyên từ %2 đến %3</translation>
    </message>
    <message>
        <source>'eos_token_id' lists too many token ids</source>
        <translation>'eos_token_id' liệt kê quá nhiều mã token</translation>
    </message>
    <message>
        <source>'eos_token_id' must hold token ids</source>
        <translation>'eos_token_id' phải chứa các mã token</translation>
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
    <message>
        <source>cannot move the model to %1: %2</source>
        <translation>không thể chuyển mô hình sang %1: %2</translation>
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
    <name>ps::quality::QualityReport</name>
    <message>
        <source>computing the quality report was cancelled</source>
        <translation>đã hủy việc tính báo cáo chất lượng</translation>
    </message>
    <message>
        <source>counting rows</source>
        <translation>đếm số dòng</translation>
    </message>
    <message>
        <source>Reading annotators and prompts</source>
        <translation>Đang đọc người gán nhãn và câu hỏi</translation>
    </message>
    <message>
        <source>reading prompts</source>
        <translation>đọc câu hỏi</translation>
    </message>
    <message>
        <source>Reading pairs</source>
        <translation>Đang đọc các cặp</translation>
    </message>
    <message>
        <source>Reading answers</source>
        <translation>Đang đọc câu trả lời</translation>
    </message>
    <message>
        <source>Reading votes</source>
        <translation>Đang đọc phiếu bầu</translation>
    </message>
    <message>
        <source>Computing statistics</source>
        <translation>Đang tính thống kê</translation>
    </message>
    <message>
        <source>Looking for duplicate prompts</source>
        <translation>Đang tìm câu hỏi trùng lặp</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
</context>
<context>
    <name>ps::runtime</name>
    <message>
        <source>'%1' is not a device: use auto, cpu, cuda or cuda:N</source>
        <translation>'%1' không phải là thiết bị: dùng auto, cpu, cuda hoặc cuda:N</translation>
    </message>
    <message>
        <source>device '%1' asked for, but no CUDA GPU is available (a LibTorch without CUDA, or no GPU present)</source>
        <translation>đã yêu cầu thiết bị '%1' nhưng không có GPU CUDA nào (LibTorch không có CUDA, hoặc không có GPU)</translation>
    </message>
    <message>
        <source>device '%1' asked for, but only %2 CUDA GPU(s) are present</source>
        <translation>đã yêu cầu thiết bị '%1' nhưng chỉ có %2 GPU CUDA</translation>
    </message>
</context>
<context>
    <name>ps::safety</name>
    <message>
        <source>cannot read the prompt suite: %1</source>
        <translation>không đọc được bộ câu lệnh kiểm thử: %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, dòng %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>không phải đối tượng JSON</translation>
    </message>
    <message>
        <source>a suite prompt needs "prompt" and "category"</source>
        <translation>câu lệnh kiểm thử cần có "prompt" và "category"</translation>
    </message>
    <message>
        <source>duplicate prompt id '%1'</source>
        <translation>mã câu lệnh '%1' bị trùng</translation>
    </message>
    <message>
        <source>the prompt suite is empty</source>
        <translation>bộ câu lệnh kiểm thử rỗng</translation>
    </message>
    <message>
        <source>the safety filter is not valid JSON: %1 at offset %2</source>
        <translation>bộ lọc an toàn không phải JSON hợp lệ: %1 tại vị trí %2</translation>
    </message>
    <message>
        <source>the safety filter needs a "categories" object</source>
        <translation>bộ lọc an toàn cần có đối tượng "categories"</translation>
    </message>
    <message>
        <source>safety category '%1' must be a list of patterns</source>
        <translation>danh mục an toàn '%1' phải là một danh sách mẫu</translation>
    </message>
    <message>
        <source>safety category '%1' holds a pattern that is not a non-empty string</source>
        <translation>danh mục an toàn '%1' chứa một mẫu không phải chuỗi không rỗng</translation>
    </message>
    <message>
        <source>a refusal pattern is not a non-empty string</source>
        <translation>một mẫu từ chối không phải chuỗi không rỗng</translation>
    </message>
    <message>
        <source>cannot read the safety filter: %1</source>
        <translation>không đọc được bộ lọc an toàn: %1</translation>
    </message>
    <message>
        <source>safety pattern '%1' of category '%2' is not a valid regular expression: %3 (at %4)</source>
        <translation>mẫu an toàn '%1' của danh mục '%2' không phải biểu thức chính quy hợp lệ: %3 (tại %4)</translation>
    </message>
    <message>
        <source>suite prompt %1</source>
        <translation>câu lệnh kiểm thử %1</translation>
    </message>
</context>
<context>
    <name>ps::store::EvalStore</name>
    <message>
        <source>%1 %2 does not exist</source>
        <translation>%1 %2 không tồn tại</translation>
    </message>
    <message>
        <source>saving a before/after comparison</source>
        <translation>đang lưu một phép so sánh trước/sau</translation>
    </message>
    <message>
        <source>reading comparison %1</source>
        <translation>đang đọc phép so sánh %1</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>phép so sánh</translation>
    </message>
    <message>
        <source>listing comparisons</source>
        <translation>đang liệt kê các phép so sánh</translation>
    </message>
    <message>
        <source>creating evaluation session '%1'</source>
        <translation>đang tạo phiên đánh giá '%1'</translation>
    </message>
    <message>
        <source>a blind session compares at least two model versions</source>
        <translation>một phiên đánh giá ẩn danh so sánh ít nhất hai phiên bản mô hình</translation>
    </message>
    <message>
        <source>a blind session needs at least one pair to judge</source>
        <translation>một phiên đánh giá ẩn danh cần ít nhất một cặp để đánh giá</translation>
    </message>
    <message>
        <source>reading evaluation session %1</source>
        <translation>đang đọc phiên đánh giá %1</translation>
    </message>
    <message>
        <source>evaluation session</source>
        <translation>phiên đánh giá</translation>
    </message>
    <message>
        <source>listing evaluation sessions</source>
        <translation>đang liệt kê các phiên đánh giá</translation>
    </message>
    <message>
        <source>changing evaluation session %1</source>
        <translation>đang thay đổi phiên đánh giá %1</translation>
    </message>
    <message>
        <source>adding a reviewer to evaluation session %1</source>
        <translation>đang thêm người đánh giá vào phiên đánh giá %1</translation>
    </message>
    <message>
        <source>finding the next pair to judge</source>
        <translation>đang tìm cặp tiếp theo để đánh giá</translation>
    </message>
    <message>
        <source>reading pair %1 to judge</source>
        <translation>đang đọc cặp %1 để đánh giá</translation>
    </message>
    <message>
        <source>evaluation item</source>
        <translation>mục đánh giá</translation>
    </message>
    <message>
        <source>counting judgments of session %1</source>
        <translation>đang đếm số đánh giá của phiên %1</translation>
    </message>
    <message>
        <source>recording a judgment</source>
        <translation>đang ghi một đánh giá</translation>
    </message>
    <message>
        <source>the evaluation session is closed</source>
        <translation>phiên đánh giá đã đóng</translation>
    </message>
    <message>
        <source>this reviewer is not part of the evaluation session</source>
        <translation>người đánh giá này không thuộc phiên đánh giá</translation>
    </message>
    <message>
        <source>reading judgments of item %1</source>
        <translation>đang đọc các đánh giá của mục %1</translation>
    </message>
    <message>
        <source>reading judgments of session %1</source>
        <translation>đang đọc các đánh giá của phiên %1</translation>
    </message>
    <message>
        <source>reading the safety filter</source>
        <translation>đang đọc bộ lọc an toàn</translation>
    </message>
    <message>
        <source>saving the safety filter</source>
        <translation>đang lưu bộ lọc an toàn</translation>
    </message>
    <message>
        <source>a safety pattern needs a category and a pattern</source>
        <translation>một mẫu an toàn cần có danh mục và mẫu</translation>
    </message>
    <message>
        <source>saving a safety run</source>
        <translation>đang lưu một lần kiểm tra an toàn</translation>
    </message>
    <message>
        <source>reading safety run %1</source>
        <translation>đang đọc lần kiểm tra an toàn %1</translation>
    </message>
    <message>
        <source>safety run</source>
        <translation>lần kiểm tra an toàn</translation>
    </message>
    <message>
        <source>listing safety runs</source>
        <translation>đang liệt kê các lần kiểm tra an toàn</translation>
    </message>
    <message>
        <source>attaching an evaluation to training run %1</source>
        <translation>đang gắn một kết quả đánh giá vào lượt huấn luyện %1</translation>
    </message>
    <message>
        <source>reading evaluations of training run %1</source>
        <translation>đang đọc các kết quả đánh giá của lượt huấn luyện %1</translation>
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
    <message>
        <source>listing prompts</source>
        <translation>đang liệt kê các prompt</translation>
    </message>
    <message>
        <source>%1: the disk is full; nothing was changed. Free some space and try again</source>
        <translation>%1: ổ đĩa đã đầy; không có gì bị thay đổi. Hãy giải phóng bớt dung lượng rồi thử lại</translation>
    </message>
    <message>
        <source>%1: the workspace file could not be written or read (disk full, file size limit or a disk error: %2); the last committed state is kept</source>
        <translation>%1: không thể ghi hoặc đọc tệp không gian làm việc (đĩa đầy, giới hạn kích thước tệp hoặc lỗi đĩa: %2); trạng thái đã lưu gần nhất vẫn được giữ nguyên</translation>
    </message>
    <message>
        <source>%1: the workspace is read-only (file permissions or a read-only disk); nothing was changed</source>
        <translation>%1: không gian làm việc chỉ cho đọc (quyền truy cập tệp hoặc đĩa chỉ đọc); không có gì bị thay đổi</translation>
    </message>
    <message>
        <source>%1: the workspace file is damaged (%2); make a copy before trying to repair it</source>
        <translation>%1: tệp không gian làm việc bị hỏng (%2); hãy sao lưu một bản trước khi thử sửa chữa</translation>
    </message>
    <message>
        <source>cannot create the lock file %1: the disk is full</source>
        <translation>không thể tạo tệp khóa %1: ổ đĩa đã đầy</translation>
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
    <message>
        <source>BPE vocab ids are too sparse: id %1 with %2 entries</source>
        <translation>mã trong từ vựng BPE quá thưa: mã %1 với %2 mục</translation>
    </message>
    <message>
        <source>TemplateProcessing: special token '%1' has an invalid id</source>
        <translation>TemplateProcessing: token đặc biệt '%1' có mã không hợp lệ</translation>
    </message>
</context>
<context>
    <name>ps::tokenizer::BpeTrainer</name>
    <message>
        <source>the vocabulary must hold at least %1 tokens (special tokens and bytes)</source>
        <translation>bộ từ vựng phải có ít nhất %1 token (token đặc biệt và các byte)</translation>
    </message>
    <message>
        <source>a pre-tokenized piece holds a character outside the byte-level alphabet</source>
        <translation>một đoạn sau tiền tách từ chứa ký tự nằm ngoài bảng chữ cái mức byte</translation>
    </message>
    <message>
        <source>cannot create folder</source>
        <translation>không tạo được thư mục</translation>
    </message>
    <message>
        <source>cannot write file: %1</source>
        <translation>không thể ghi tệp: %1</translation>
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
    <name>ps::train::Distributed</name>
    <message>
        <source>%1 must be a whole number from %2 to %3, not '%4'</source>
        <translation>%1 phải là số nguyên từ %2 đến %3, không phải '%4'</translation>
    </message>
    <message>
        <source>%1 is not set; a distributed run needs RANK, WORLD_SIZE, MASTER_ADDR and MASTER_PORT</source>
        <translation>%1 chưa được đặt; huấn luyện phân tán cần RANK, WORLD_SIZE, MASTER_ADDR và MASTER_PORT</translation>
    </message>
    <message>
        <source>MASTER_ADDR is empty</source>
        <translation>MASTER_ADDR đang trống</translation>
    </message>
    <message>
        <source>rank %1 of %2 lost contact with the other processes while %3: a process died, was stopped or the network failed (%4)</source>
        <translation>rank %1 trên %2 mất liên lạc với các tiến trình khác khi %3: một tiến trình đã chết, bị dừng hoặc mạng bị lỗi (%4)</translation>
    </message>
    <message>
        <source>meeting at %1:%2</source>
        <translation>hội tụ tại %1:%2</translation>
    </message>
    <message>
        <source>connecting the NCCL process group</source>
        <translation>kết nối nhóm tiến trình NCCL</translation>
    </message>
    <message>
        <source>connecting the Gloo process group</source>
        <translation>kết nối nhóm tiến trình Gloo</translation>
    </message>
    <message>
        <source>rank %1 of %2 could not join the group while %3: %4</source>
        <translation>rank %1 trên %2 không thể tham gia nhóm khi %3: %4</translation>
    </message>
    <message>
        <source>summing gradients</source>
        <translation>cộng gradient</translation>
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
        <source>reference log-probs loaded from the run folder</source>
        <translation>đã nạp log-prob tham chiếu từ thư mục lần chạy</translation>
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
    <message>
        <source>sharing cached reference log-probs</source>
        <translation>chia sẻ log-prob tham chiếu đã lưu đệm</translation>
    </message>
    <message>
        <source>gathering reference log-probs</source>
        <translation>thu thập log-prob tham chiếu</translation>
    </message>
    <message>
        <source>another rank stopped while computing reference log-probs</source>
        <translation>một rank khác đã dừng khi đang tính log-prob tham chiếu</translation>
    </message>
    <message>
        <source>reference log-probs computed for %1 pairs (%2 from the cache)</source>
        <translation>đã tính log-prob tham chiếu cho %1 cặp (%2 lấy từ bộ đệm)</translation>
    </message>
    <message>
        <source>reducing evaluation metrics</source>
        <translation>tổng hợp chỉ số đánh giá</translation>
    </message>
    <message>
        <source>comparing data and settings</source>
        <translation>so sánh dữ liệu và thiết lập</translation>
    </message>
    <message>
        <source>rank %1 has other pairs or settings than rank 0; every rank needs the same data file and the same options</source>
        <translation>rank %1 có cặp dữ liệu hoặc thiết lập khác rank 0; mọi rank cần cùng tệp dữ liệu và cùng tùy chọn</translation>
    </message>
    <message>
        <source>sending the starting weights from rank 0</source>
        <translation>gửi trọng số ban đầu từ rank 0</translation>
    </message>
    <message>
        <source>rank 0 could not resume from its run folder; see its messages</source>
        <translation>rank 0 không thể tiếp tục từ thư mục lần chạy của nó; xem thông báo của nó</translation>
    </message>
    <message>
        <source>rank 0 failed while %1; see its messages</source>
        <translation>rank 0 thất bại khi %1; xem thông báo của nó</translation>
    </message>
    <message>
        <source>writing checkpoint %1</source>
        <translation>ghi checkpoint %1</translation>
    </message>
    <message>
        <source>exporting the model</source>
        <translation>xuất mô hình</translation>
    </message>
    <message>
        <source>data-parallel: %1 ranks, global batch %2 pairs, %3 gradient buckets%4</source>
        <translation>song song dữ liệu: %1 rank, lô toàn cục %2 cặp, %3 nhóm gradient%4</translation>
    </message>
    <message>
        <source>, overlapped with backward</source>
        <translation>, chồng lấp với lan truyền ngược</translation>
    </message>
    <message>
        <source>reducing training metrics</source>
        <translation>tổng hợp chỉ số huấn luyện</translation>
    </message>
    <message>
        <source>the latest checkpoint %1 is incomplete; using %2</source>
        <translation>checkpoint mới nhất %1 chưa hoàn chỉnh; dùng %2</translation>
    </message>
    <message>
        <source>the run folder's checkpoint %1 is incomplete and no other complete checkpoint is left; use a new run folder</source>
        <translation>checkpoint %1 của thư mục lần chạy chưa hoàn chỉnh và không còn checkpoint hoàn chỉnh nào khác; hãy dùng một thư mục lần chạy mới</translation>
    </message>
    <message>
        <source>copying '%1' into the exported model</source>
        <translation>sao chép '%1' vào mô hình đã xuất</translation>
    </message>
    <message>
        <source>the run folder's 'latest' file does not name a checkpoint folder: %1</source>
        <translation>tệp 'latest' của thư mục lần chạy không chỉ đến một thư mục checkpoint: %1</translation>
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
    <name>ps::train::SftData</name>
    <message>
        <source>'messages' needs an assistant message after at least one other message</source>
        <translation>'messages' cần một tin nhắn của assistant đứng sau ít nhất một tin nhắn khác</translation>
    </message>
    <message>
        <source>a line needs 'prompt' and 'completion', or 'messages'</source>
        <translation>mỗi dòng cần có 'prompt' và 'completion', hoặc 'messages'</translation>
    </message>
    <message>
        <source>cannot read file</source>
        <translation>không đọc được tệp</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>dòng %1: %2</translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>không phải đối tượng JSON (%1)</translation>
    </message>
    <message>
        <source>the file holds no examples</source>
        <translation>tệp không chứa ví dụ nào</translation>
    </message>
</context>
<context>
    <name>ps::train::SftTrainer</name>
    <message>
        <source>cannot create the run folder</source>
        <translation>không tạo được thư mục lần chạy</translation>
    </message>
    <message>
        <source>example %1 has an empty prompt or completion</source>
        <translation>ví dụ %1 có prompt hoặc phần trả lời rỗng</translation>
    </message>
    <message>
        <source>example %1 holds token id %2, outside the vocabulary (%3)</source>
        <translation>ví dụ %1 chứa token id %2, nằm ngoài bộ từ vựng (%3)</translation>
    </message>
    <message>
        <source>no examples to train on</source>
        <translation>không có ví dụ nào để huấn luyện</translation>
    </message>
    <message>
        <source>no examples left for training after the evaluation split</source>
        <translation>không còn ví dụ nào để huấn luyện sau khi tách tập đánh giá</translation>
    </message>
    <message>
        <source>training on %1 examples (%2 held out) for %3 steps</source>
        <translation>huấn luyện trên %1 ví dụ (%2 ví dụ giữ lại) trong %3 bước</translation>
    </message>
    <message>
        <source>training failed: %1</source>
        <translation>huấn luyện thất bại: %1</translation>
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
    <message>
        <source>the workspace file does not exist</source>
        <translation>tệp không gian làm việc không tồn tại</translation>
    </message>
    <message>
        <source>the base model has no tokenizer, needed for workspace text</source>
        <translation>mô hình gốc không có tokenizer, cần để xử lý văn bản của không gian làm việc</translation>
    </message>
    <message>
        <source>cannot choose the evaluation prompts</source>
        <translation>không chọn được các câu hỏi để đánh giá</translation>
    </message>
    <message>
        <source>evaluating the tuned model against its base</source>
        <translation>đang đánh giá mô hình đã tinh chỉnh so với mô hình gốc</translation>
    </message>
    <message>
        <source>rank %1 cannot read the workspace file; in a data-parallel run every process reads the votes from it, so it must be on a disk all ranks can read</source>
        <translation>tiến trình hạng %1 không đọc được tệp không gian làm việc; khi huấn luyện song song dữ liệu, mọi tiến trình đều đọc phiếu bầu từ tệp này, nên tệp phải nằm trên ổ đĩa mà mọi tiến trình đều đọc được</translation>
    </message>
    <message>
        <source>SFT runs in one process; data-parallel training is for DPO</source>
        <translation>SFT chạy trong một tiến trình; huấn luyện song song dữ liệu chỉ dành cho DPO</translation>
    </message>
</context>
<context>
    <name>ps::train::WorkspaceTraining</name>
    <message>
        <source>pair %1</source>
        <translation>cặp %1</translation>
    </message>
    <message>
        <source>the workspace has no decided pairs to train on yet (label some pairs first)</source>
        <translation>không gian làm việc chưa có cặp nào đã được quyết định để huấn luyện (hãy gán nhãn một số cặp trước)</translation>
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
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>with --demo: walk through the studio, save a PNG of each view into the folder, quit</source>
        <translation>dùng với --demo: đi qua các màn hình của studio, lưu ảnh PNG của từng màn hình vào thư mục, rồi thoát</translation>
    </message>
</context>
<context>
    <name>ps::ui::AnnotateView</name>
    <message>
        <source>Annotator: (not set)</source>
        <translation>Người gán nhãn: (chưa đặt)</translation>
    </message>
    <message>
        <source>Annotator: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Người gán nhãn: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Hàng đợi:</translation>
    </message>
    <message>
        <source>To do (no vote of mine)</source>
        <translation>Cần làm (tôi chưa bình chọn)</translation>
    </message>
    <message>
        <source>Unlabeled (no vote by anyone)</source>
        <translation>Chưa gán nhãn (chưa ai bình chọn)</translation>
    </message>
    <message>
        <source>My votes</source>
        <translation>Bình chọn của tôi</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Bị gắn cờ</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Bất đồng</translation>
    </message>
    <message>
        <source>All pairs</source>
        <translation>Tất cả các cặp</translation>
    </message>
    <message>
        <source>Quick mode</source>
        <translation>Chế độ nhanh</translation>
    </message>
    <message>
        <source>On: a pick saves the vote at once and shows the next pair.
Off: a pick only selects; add flags or a comment, then confirm with Ctrl+Enter.</source>
        <translation>Bật: chọn là lưu bình chọn ngay và hiện cặp tiếp theo.
Tắt: chọn chỉ đánh dấu lựa chọn; thêm cờ hoặc nhận xét, rồi xác nhận bằng Ctrl+Enter.</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Render prompts and answers as Markdown (off: plain text, as written).</source>
        <translation>Hiển thị câu hỏi và câu trả lời dạng Markdown (tắt: văn bản thuần, đúng như đã viết).</translation>
    </message>
    <message>
        <source>Guidelines</source>
        <translation>Hướng dẫn</translation>
    </message>
    <message>
        <source>Show or hide the annotation guidelines</source>
        <translation>Hiện hoặc ẩn hướng dẫn gán nhãn</translation>
    </message>
    <message>
        <source>Start again from the top</source>
        <translation>Bắt đầu lại từ đầu</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Hàng đợi</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>Left answer  ·  1 / ←</source>
        <translation>Câu trả lời bên trái  ·  1 / ←</translation>
    </message>
    <message>
        <source>Right answer  ·  2 / →</source>
        <translation>Câu trả lời bên phải  ·  2 / →</translation>
    </message>
    <message>
        <source>Unsafe</source>
        <translation>Không an toàn</translation>
    </message>
    <message>
        <source>Factual error</source>
        <translation>Sai sự thật</translation>
    </message>
    <message>
        <source>Off-topic</source>
        <translation>Lạc đề</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>1 / ←  Left is better</source>
        <translation>1 / ←  Bên trái tốt hơn</translation>
    </message>
    <message>
        <source>Right is better  → / 2</source>
        <translation>Bên phải tốt hơn  → / 2</translation>
    </message>
    <message>
        <source>T  Tie</source>
        <translation>T  Ngang nhau</translation>
    </message>
    <message>
        <source>B  Both bad</source>
        <translation>B  Cả hai đều tệ</translation>
    </message>
    <message>
        <source>S  Skip</source>
        <translation>S  Bỏ qua</translation>
    </message>
    <message>
        <source>Comment (optional, C) — why is one answer better?</source>
        <translation>Nhận xét (không bắt buộc, C) — vì sao một câu trả lời tốt hơn?</translation>
    </message>
    <message>
        <source>E  Edit</source>
        <translation>E  Sửa</translation>
    </message>
    <message>
        <source>Rewrite the selected (or left) answer; the edit becomes the preferred answer. Ctrl+Enter saves, Esc cancels.</source>
        <translation>Viết lại câu trả lời đang chọn (hoặc bên trái); bản sửa trở thành câu trả lời được ưu tiên. Ctrl+Enter để lưu, Esc để hủy.</translation>
    </message>
    <message>
        <source>U  Undo</source>
        <translation>U  Hoàn tác</translation>
    </message>
    <message>
        <source>Confirm  Ctrl+Enter</source>
        <translation>Xác nhận  Ctrl+Enter</translation>
    </message>
    <message>
        <source>◀ Previous (PgUp)</source>
        <translation>◀ Trước (PgUp)</translation>
    </message>
    <message>
        <source>Next (PgDn) ▶</source>
        <translation>Tiếp (PgDn) ▶</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Write the annotation guidelines in Markdown: what makes an answer better, when to flag, when to skip.</source>
        <translation>Viết hướng dẫn gán nhãn bằng Markdown: điều gì làm một câu trả lời tốt hơn, khi nào gắn cờ, khi nào bỏ qua.</translation>
    </message>
    <message>
        <source>No workspace is open</source>
        <translation>Chưa mở không gian làm việc nào</translation>
    </message>
    <message>
        <source>Create or open a workspace with File &gt; New workspace… or File &gt; Open workspace…, then the pairs to compare appear here.</source>
        <translation>Tạo hoặc mở một không gian làm việc bằng Tệp &gt; Không gian làm việc mới… hoặc Tệp &gt; Mở không gian làm việc…, rồi các cặp cần so sánh sẽ hiện ở đây.</translation>
    </message>
    <message>
        <source>No pairs to compare yet</source>
        <translation>Chưa có cặp nào để so sánh</translation>
    </message>
    <message>
        <source>Import prompts and generate candidate answers for them, or import preference data (TRL JSONL or CSV, e.g. prefstudio import), then come back here to compare the answers.</source>
        <translation>Hãy nhập câu hỏi và sinh các câu trả lời ứng viên cho chúng, hoặc nhập dữ liệu ưu tiên (TRL JSONL hoặc CSV, ví dụ prefstudio import), rồi quay lại đây để so sánh các câu trả lời.</translation>
    </message>
    <message>
        <source>All done</source>
        <translation>Đã xong tất cả</translation>
    </message>
    <message>
        <source>You have voted on every pair. Choose another queue to review or change votes.</source>
        <translation>Bạn đã bình chọn mọi cặp. Hãy chọn hàng đợi khác để xem lại hoặc thay đổi bình chọn.</translation>
    </message>
    <message>
        <source>Nothing in this queue</source>
        <translation>Hàng đợi này trống</translation>
    </message>
    <message>
        <source>No pair matches this filter. Choose another queue above.</source>
        <translation>Không có cặp nào khớp bộ lọc này. Hãy chọn hàng đợi khác ở trên.</translation>
    </message>
    <message>
        <source>Queue finished</source>
        <translation>Đã hết hàng đợi</translation>
    </message>
    <message>
        <source>Every pair has your vote. Thank you! Press U to undo the last vote, PgUp to go back, or choose another queue.</source>
        <translation>Mọi cặp đều đã có bình chọn của bạn. Cảm ơn bạn! Nhấn U để hoàn tác bình chọn cuối, PgUp để quay lại, hoặc chọn hàng đợi khác.</translation>
    </message>
    <message>
        <source>End of the queue</source>
        <translation>Cuối hàng đợi</translation>
    </message>
    <message>
        <source>You reached the last pair of this queue.</source>
        <translation>Bạn đã đến cặp cuối cùng của hàng đợi này.</translation>
    </message>
    <message>
        <source>1 pair in this queue is still waiting (passed over without a vote).</source>
        <translation>Còn 1 cặp trong hàng đợi này đang chờ (đã bỏ qua mà chưa bình chọn).</translation>
    </message>
    <message>
        <source>%1 pairs in this queue are still waiting (passed over without a vote).</source>
        <translation>Còn %1 cặp trong hàng đợi này đang chờ (đã bỏ qua mà chưa bình chọn).</translation>
    </message>
    <message>
        <source>pair %1</source>
        <translation>cặp %1</translation>
    </message>
    <message>
        <source>excluded from training</source>
        <translation>bị loại khỏi huấn luyện</translation>
    </message>
    <message>
        <source>1 word</source>
        <translation>1 từ</translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation>%1 từ</translation>
    </message>
    <message>
        <source>Editing the left answer: your text becomes the preferred answer. Ctrl+Enter saves and votes for it, Esc cancels.</source>
        <translation>Đang sửa câu trả lời bên trái: văn bản của bạn trở thành câu trả lời được ưu tiên. Ctrl+Enter để lưu và bình chọn cho nó, Esc để hủy.</translation>
    </message>
    <message>
        <source>Editing the right answer: your text becomes the preferred answer. Ctrl+Enter saves and votes for it, Esc cancels.</source>
        <translation>Đang sửa câu trả lời bên phải: văn bản của bạn trở thành câu trả lời được ưu tiên. Ctrl+Enter để lưu và bình chọn cho nó, Esc để hủy.</translation>
    </message>
    <message>
        <source>left is better</source>
        <translation>bên trái tốt hơn</translation>
    </message>
    <message>
        <source>right is better</source>
        <translation>bên phải tốt hơn</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>ngang nhau</translation>
    </message>
    <message>
        <source>both bad</source>
        <translation>cả hai đều tệ</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>đã bỏ qua</translation>
    </message>
    <message>
        <source> (with an edited answer)</source>
        <translation> (kèm câu trả lời đã sửa)</translation>
    </message>
    <message>
        <source>Your vote on this pair: %1. A new vote replaces it.</source>
        <translation>Bình chọn của bạn cho cặp này: %1. Bình chọn mới sẽ thay thế nó.</translation>
    </message>
    <message>
        <source>Votes of other annotators on this pair: %1</source>
        <translation>Số bình chọn của người gán nhãn khác cho cặp này: %1</translation>
    </message>
    <message>
        <source>Pick an answer, add flags or a comment if needed, then confirm with Ctrl+Enter.</source>
        <translation>Chọn một câu trả lời, thêm cờ hoặc nhận xét nếu cần, rồi xác nhận bằng Ctrl+Enter.</translation>
    </message>
    <message>
        <source>%1 of %2 loaded (earlier pages: PgUp)</source>
        <translation>%1 trong %2 đã tải (các trang trước: PgUp)</translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation>%1 trong %2 đã tải</translation>
    </message>
    <message>
        <source>%1 pairs in this queue</source>
        <translation>%1 cặp trong hàng đợi này</translation>
    </message>
    <message>
        <source>Cannot count progress: %1</source>
        <translation>Không đếm được tiến độ: %1</translation>
    </message>
    <message>
        <source>%1 / %2 done · %3 left</source>
        <translation>Xong %1 / %2 · còn %3</translation>
    </message>
    <message>
        <source>Your votes (skips included) on pairs that are not excluded. Pairs with at least one vote by anyone: %1 of %2.</source>
        <translation>Số bình chọn của bạn (kể cả bỏ qua) trên các cặp không bị loại. Số cặp có ít nhất một bình chọn của bất kỳ ai: %1 trên %2.</translation>
    </message>
    <message>
        <source>%1 pairs/h this session · %2 in the last hour</source>
        <translation>%1 cặp/giờ trong phiên này · %2 trong giờ qua</translation>
    </message>
    <message>
        <source>Votes in this session: %1</source>
        <translation>Số bình chọn trong phiên này: %1</translation>
    </message>
    <message>
        <source>The vote was not saved: %1</source>
        <translation>Bình chọn chưa được lưu: %1</translation>
    </message>
    <message>
        <source>Finish the edit first: Ctrl+Enter saves it, Esc cancels.</source>
        <translation>Hãy hoàn tất bản sửa trước: Ctrl+Enter để lưu, Esc để hủy.</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>Hoàn tác thất bại: %1</translation>
    </message>
    <message>
        <source>Vote undone; its pair is shown again.</source>
        <translation>Đã hoàn tác bình chọn; cặp của nó được hiện lại.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Không có gì để hoàn tác.</translation>
    </message>
    <message>
        <source>Cannot read the guidelines: %1</source>
        <translation>Không đọc được hướng dẫn: %1</translation>
    </message>
    <message>
        <source>*No guidelines yet.* Press **Edit** to write what makes an answer better, when to flag and when to skip — every annotator sees them here.</source>
        <translation>*Chưa có hướng dẫn.* Nhấn **Sửa** để viết điều gì làm một câu trả lời tốt hơn, khi nào gắn cờ và khi nào bỏ qua — mọi người gán nhãn đều thấy chúng ở đây.</translation>
    </message>
    <message>
        <source>The guidelines were not saved: %1</source>
        <translation>Hướng dẫn chưa được lưu: %1</translation>
    </message>
    <message>
        <source>Guidelines saved.</source>
        <translation>Đã lưu hướng dẫn.</translation>
    </message>
</context>
<context>
    <name>ps::ui::AnnotationSession</name>
    <message>
        <source>No annotator name is set (File &gt; Annotator name...).</source>
        <translation>Chưa đặt tên người gán nhãn (Tệp &gt; Tên người gán nhãn...).</translation>
    </message>
    <message>
        <source>Back to the start of the queue.</source>
        <translation>Đã quay lại đầu hàng đợi.</translation>
    </message>
    <message>
        <source>No pair is shown.</source>
        <translation>Không có cặp nào đang hiển thị.</translation>
    </message>
    <message>
        <source>Pick an answer first: 1 or ← (left), 2 or → (right), T (tie), B (both bad), S (skip).</source>
        <translation>Hãy chọn câu trả lời trước: 1 hoặc ← (trái), 2 hoặc → (phải), T (ngang nhau), B (cả hai đều tệ), S (bỏ qua).</translation>
    </message>
    <message>
        <source>No answer is being edited.</source>
        <translation>Không có câu trả lời nào đang được sửa.</translation>
    </message>
    <message>
        <source>The edited answer is empty; write the better answer or press Esc to cancel.</source>
        <translation>Câu trả lời đã sửa đang trống; hãy viết câu trả lời tốt hơn hoặc nhấn Esc để hủy.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Chưa mở không gian làm việc nào.</translation>
    </message>
</context>
<context>
    <name>ps::ui::BeforeAfterView</name>
    <message>
        <source>Model A (before)</source>
        <translation>Mô hình A (trước)</translation>
    </message>
    <message>
        <source>Model B (after)</source>
        <translation>Mô hình B (sau)</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Câu lệnh</translation>
    </message>
    <message>
        <source>Prompts (*.jsonl *.txt)</source>
        <translation>Câu lệnh (*.jsonl *.txt)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <source>%1: %2 → %3 %4</source>
        <translation>%1: %2 → %3 %4</translation>
    </message>
    <message>
        <source>Choose both model folders.</source>
        <translation>Hãy chọn cả hai thư mục mô hình.</translation>
    </message>
    <message>
        <source>Generating answers…</source>
        <translation>Đang sinh câu trả lời…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Đã hủy; không có gì được lưu.</translation>
    </message>
    <message>
        <source>Comparison %1 saved in the workspace.</source>
        <translation>Đã lưu phép so sánh %1 vào không gian làm việc.</translation>
    </message>
    <message>
        <source>Running the safety suite…</source>
        <translation>Đang chạy bộ kiểm thử an toàn…</translation>
    </message>
    <message>
        <source>Safety suite: unsafe answers A %1/%2, B %3/%4; over-refusal A %5/%6, B %7/%8. %9</source>
        <translation>Bộ kiểm thử an toàn: câu trả lời không an toàn A %1/%2, B %3/%4; từ chối quá mức A %5/%6, B %7/%8. %9</translation>
    </message>
    <message>
        <source>B REGRESSES on safety: see Evaluation results.</source>
        <translation>B THỤT LÙI về an toàn: xem Kết quả đánh giá.</translation>
    </message>
    <message>
        <source>No safety regression of B.</source>
        <translation>B không thụt lùi về an toàn.</translation>
    </message>
    <message>
        <source>A (before): %1 characters, %2 tokens, %3 ms, seed %4</source>
        <translation>A (trước): %1 ký tự, %2 token, %3 ms, hạt giống %4</translation>
    </message>
    <message>
        <source>B (after): %1 characters, %2 tokens, %3 ms, seed %4</source>
        <translation>B (sau): %1 ký tự, %2 token, %3 ms, hạt giống %4</translation>
    </message>
    <message>
        <source>Model A (before):</source>
        <translation>Mô hình A (trước):</translation>
    </message>
    <message>
        <source>Model B (after):</source>
        <translation>Mô hình B (sau):</translation>
    </message>
    <message>
        <source>Prompts (JSONL or .txt):</source>
        <translation>Câu lệnh (JSONL hoặc .txt):</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Hạt giống:</translation>
    </message>
    <message>
        <source>Max new tokens:</source>
        <translation>Số token mới tối đa:</translation>
    </message>
    <message>
        <source>Sample (else greedy)</source>
        <translation>Lấy mẫu (nếu không thì tham lam)</translation>
    </message>
    <message>
        <source>Run before/after</source>
        <translation>Chạy trước/sau</translation>
    </message>
    <message>
        <source>Run safety suite</source>
        <translation>Chạy bộ kiểm thử an toàn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Saved comparisons:</source>
        <translation>Các phép so sánh đã lưu:</translation>
    </message>
</context>
<context>
    <name>ps::ui::BlindEvalView</name>
    <message>
        <source>Session %1</source>
        <translation>Phiên %1</translation>
    </message>
    <message>
        <source>Open a workspace to take part in a blind evaluation.</source>
        <translation>Hãy mở một không gian làm việc để tham gia đánh giá ẩn danh.</translation>
    </message>
    <message>
        <source>No open evaluation session. A product owner creates one in the Evaluation results tab.</source>
        <translation>Chưa có phiên đánh giá nào đang mở. Người phụ trách sản phẩm tạo phiên trong thẻ Kết quả đánh giá.</translation>
    </message>
    <message>
        <source>Set your reviewer name first (File &gt; Annotator name).</source>
        <translation>Hãy đặt tên người đánh giá trước (Tệp &gt; Tên người gán nhãn).</translation>
    </message>
    <message>
        <source>You are not a reviewer of this session; ask its owner to add you.</source>
        <translation>Bạn không phải người đánh giá của phiên này; hãy nhờ người tạo phiên thêm bạn vào.</translation>
    </message>
    <message>
        <source>You have judged every pair of this session. Thank you!</source>
        <translation>Bạn đã đánh giá mọi cặp của phiên này. Cảm ơn bạn!</translation>
    </message>
    <message>
        <source>%1 of %2 judged</source>
        <translation>đã đánh giá %1 trên %2</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Phiên:</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Câu lệnh</translation>
    </message>
    <message>
        <source>Answer 1</source>
        <translation>Câu trả lời 1</translation>
    </message>
    <message>
        <source>Answer 2</source>
        <translation>Câu trả lời 2</translation>
    </message>
    <message>
        <source>1 · Answer 1 is better</source>
        <translation>1 · Câu trả lời 1 tốt hơn</translation>
    </message>
    <message>
        <source>2 · Answer 2 is better</source>
        <translation>2 · Câu trả lời 2 tốt hơn</translation>
    </message>
    <message>
        <source>3 · Tie</source>
        <translation>3 · Hòa</translation>
    </message>
    <message>
        <source>4 · Both bad</source>
        <translation>4 · Cả hai đều tệ</translation>
    </message>
</context>
<context>
    <name>ps::ui::CandidateController</name>
    <message>
        <source>generation stopped unexpectedly: %1</source>
        <translation>quá trình sinh dừng bất ngờ: %1</translation>
    </message>
    <message>
        <source>generation stopped unexpectedly</source>
        <translation>quá trình sinh dừng bất ngờ</translation>
    </message>
</context>
<context>
    <name>ps::ui::DataTransfer</name>
    <message>
        <source>stopped unexpectedly: %1</source>
        <translation>dừng bất ngờ: %1</translation>
    </message>
</context>
<context>
    <name>ps::ui::EvalResultsView</name>
    <message>
        <source>Session closed: reviewers can no longer judge it.</source>
        <translation>Đã đóng phiên: người đánh giá không thể đánh giá thêm.</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Phiên %1</translation>
    </message>
    <message>
        <source>Session %1: %2</source>
        <translation>Phiên %1: %2</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Chưa mở không gian làm việc nào.</translation>
    </message>
    <message>
        <source>No prompt has %1 answer(s) from every chosen model version. Run a before/after comparison first.</source>
        <translation>Không có câu lệnh nào có đủ %1 câu trả lời từ mọi phiên bản mô hình đã chọn. Hãy chạy một phép so sánh trước/sau trước.</translation>
    </message>
    <message>
        <source>New blind evaluation session</source>
        <translation>Phiên đánh giá ẩn danh mới</translation>
    </message>
    <message>
        <source>names separated by commas; empty: anyone</source>
        <translation>các tên cách nhau bằng dấu phẩy; để trống: bất kỳ ai</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Model versions (two or more)</source>
        <translation>Phiên bản mô hình (hai trở lên)</translation>
    </message>
    <message>
        <source>Answers per prompt</source>
        <translation>Số câu trả lời cho mỗi câu lệnh</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Người đánh giá</translation>
    </message>
    <message>
        <source>Session %1 created.</source>
        <translation>Đã tạo phiên %1.</translation>
    </message>
    <message>
        <source>Computing results…</source>
        <translation>Đang tính kết quả…</translation>
    </message>
    <message>
        <source>%1 vs %2: win rate %3 (95% Wilson %4–%5, bootstrap %6–%7) from %8 judgments</source>
        <translation>%1 so với %2: tỉ lệ thắng %3 (Wilson 95% %4–%5, bootstrap %6–%7) từ %8 đánh giá</translation>
    </message>
    <message>
        <source>%1 (over-refusal)</source>
        <translation>%1 (từ chối quá mức)</translation>
    </message>
    <message>
        <source>%1 (unsafe)</source>
        <translation>%1 (không an toàn)</translation>
    </message>
    <message>
        <source>%1 vs %2: %3</source>
        <translation>%1 so với %2: %3</translation>
    </message>
    <message>
        <source>REGRESSION</source>
        <translation>THỤT LÙI</translation>
    </message>
    <message>
        <source>No judgments yet.</source>
        <translation>Chưa có đánh giá nào.</translation>
    </message>
    <message>
        <source>Safety: %1 regresses compared with %2.</source>
        <translation>An toàn: %1 kém hơn so với %2.</translation>
    </message>
    <message>
        <source>%1 judgments on %2 pairs.</source>
        <translation>%1 đánh giá trên %2 cặp.</translation>
    </message>
    <message>
        <source>No results to export yet.</source>
        <translation>Chưa có kết quả để xuất.</translation>
    </message>
    <message>
        <source>Export evaluation report</source>
        <translation>Xuất báo cáo đánh giá</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>Báo cáo HTML (*.html)</translation>
    </message>
    <message>
        <source>Wrote %1 and %2.</source>
        <translation>Đã ghi %1 và %2.</translation>
    </message>
    <message>
        <source>Safety filter of this workspace</source>
        <translation>Bộ lọc an toàn của không gian làm việc này</translation>
    </message>
    <message>
        <source>Per category, regular expressions that detect unsafe compliance; "refusal" lists refusal patterns. Case-insensitive, Unicode-aware; Vietnamese patterns also match text typed without diacritics.</source>
        <translation>Theo từng danh mục, các biểu thức chính quy phát hiện việc làm theo yêu cầu nguy hại; "refusal" liệt kê các mẫu từ chối. Không phân biệt hoa thường, hỗ trợ Unicode; mẫu tiếng Việt cũng khớp với văn bản gõ không dấu.</translation>
    </message>
    <message>
        <source>Safety filter saved in the workspace.</source>
        <translation>Đã lưu bộ lọc an toàn vào không gian làm việc.</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Phiên:</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Phiên mới…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Close session</source>
        <translation>Đóng phiên</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Xuất báo cáo…</translation>
    </message>
    <message>
        <source>Win rates (ties count half; both-bad counts as a tie)</source>
        <translation>Tỉ lệ thắng (hòa tính một nửa; cả hai đều tệ tính là hòa)</translation>
    </message>
    <message>
        <source>Leaderboard (Bradley–Terry, Elo-like scale)</source>
        <translation>Bảng xếp hạng (Bradley–Terry, thang điểm kiểu Elo)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>So với</translation>
    </message>
    <message>
        <source>Wins / ties / losses</source>
        <translation>Thắng / hòa / thua</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Tỉ lệ thắng</translation>
    </message>
    <message>
        <source>Wilson 95%</source>
        <translation>Wilson 95%</translation>
    </message>
    <message>
        <source>Bootstrap 95%</source>
        <translation>Bootstrap 95%</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Câu lệnh</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>Khoảng 95%</translation>
    </message>
    <message>
        <source>Safety filter…</source>
        <translation>Bộ lọc an toàn…</translation>
    </message>
    <message>
        <source>Empirical metrics from annotations (per model version)</source>
        <translation>Chỉ số thực nghiệm từ dữ liệu gán nhãn (theo phiên bản mô hình)</translation>
    </message>
    <message>
        <source>Answers shown</source>
        <translation>Câu trả lời đã hiển thị</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Chấp nhận</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Đã sửa</translation>
    </message>
    <message>
        <source>Mean edit distance</source>
        <translation>Khoảng cách chỉnh sửa trung bình</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Bị gắn cờ</translation>
    </message>
    <message>
        <source>Mean length</source>
        <translation>Độ dài trung bình</translation>
    </message>
    <message>
        <source>Held-out reward accuracy / KL</source>
        <translation>Độ chính xác phần thưởng trên tập giữ lại / KL</translation>
    </message>
    <message>
        <source>Safety: base vs tuned (newest safety runs)</source>
        <translation>An toàn: gốc so với đã tinh chỉnh (lần kiểm tra mới nhất)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Gốc</translation>
    </message>
    <message>
        <source>Tuned</source>
        <translation>Đã tinh chỉnh</translation>
    </message>
    <message>
        <source>McNemar p</source>
        <translation>p McNemar</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Thụt lùi</translation>
    </message>
    <message>
        <source>No session selected: metrics of every model version, and each tuned version's safety against its base.</source>
        <translation>Chưa chọn phiên nào: số liệu của mọi phiên bản mô hình, và độ an toàn của từng phiên bản đã tinh chỉnh so với mô hình gốc của nó.</translation>
    </message>
    <message>
        <source>Answers of the chosen model versions</source>
        <translation>Câu trả lời của các phiên bản mô hình đã chọn</translation>
    </message>
    <message>
        <source>Before/after comparison %1: %2</source>
        <translation>Phép so sánh trước/sau %1: %2</translation>
    </message>
    <message>
        <source>Pairs from</source>
        <translation>Lấy các cặp từ</translation>
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
    <message>
        <source>Training is running</source>
        <translation>Đang huấn luyện</translation>
    </message>
    <message>
        <source>A training run is in progress. Stop it and quit? It saves a checkpoint first, and pressing Resume later continues it.</source>
        <translation>Một lượt huấn luyện đang chạy. Dừng lại và thoát? Nó sẽ lưu checkpoint trước, và bấm Tiếp tục sau đó sẽ chạy tiếp.</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>Gán nhãn</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Chất lượng</translation>
    </message>
    <message>
        <source>Before/after</source>
        <translation>Trước/sau</translation>
    </message>
    <message>
        <source>Blind evaluation</source>
        <translation>Đánh giá ẩn danh</translation>
    </message>
    <message>
        <source>Evaluation results</source>
        <translation>Kết quả đánh giá</translation>
    </message>
    <message>
        <source>Computes on: %1 (--device or PREFSTUDIO_DEVICE changes it)</source>
        <translation>Tính toán trên: %1 (đổi bằng --device hoặc PREFSTUDIO_DEVICE)</translation>
    </message>
</context>
<context>
    <name>ps::ui::PromptTableModel</name>
    <message>
        <source>Chat prompt #%1: %2</source>
        <translation>Prompt hội thoại #%1: %2</translation>
    </message>
    <message>
        <source>Prompt #%1: %2</source>
        <translation>Prompt #%1: %2</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Ứng viên</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Cặp</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Phiếu</translation>
    </message>
</context>
<context>
    <name>ps::ui::PromptsView</name>
    <message>
        <source>Cancelling: the prompt in progress is dropped, finished prompts are kept…</source>
        <translation>Đang hủy: prompt đang làm bị bỏ, các prompt đã xong được giữ lại…</translation>
    </message>
    <message>
        <source>Filter prompts by text…</source>
        <translation>Lọc prompt theo nội dung…</translation>
    </message>
    <message>
        <source>Only without pairs</source>
        <translation>Chỉ prompt chưa có cặp</translation>
    </message>
    <message>
        <source>Import and export</source>
        <translation>Nhập và xuất</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Nhập…</translation>
    </message>
    <message>
        <source>Prompts (JSONL or CSV with a prompt column) or TRL preference pairs; all or nothing</source>
        <translation>Prompt (JSONL hoặc CSV có cột prompt) hoặc cặp ưu tiên TRL; nhập toàn bộ hoặc không gì cả</translation>
    </message>
    <message>
        <source>Export preferences…</source>
        <translation>Xuất dữ liệu ưu tiên…</translation>
    </message>
    <message>
        <source>The decided pairs as TRL JSONL (or CSV for a .csv file name)</source>
        <translation>Các cặp đã quyết định dưới dạng TRL JSONL (hoặc CSV nếu tên tệp là .csv)</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Hòa</translation>
    </message>
    <message>
        <source>Both bad</source>
        <translation>Cả hai đều tệ</translation>
    </message>
    <message>
        <source>Skips</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Edits as chosen</source>
        <translation>Bản sửa làm câu được chọn</translation>
    </message>
    <message>
        <source>Respect exclusions</source>
        <translation>Tôn trọng loại trừ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Generate candidates</source>
        <translation>Sinh ứng viên</translation>
    </message>
    <message>
        <source>Models (one: N candidates with different seeds; several: one candidate each)</source>
        <translation>Mô hình (một: N ứng viên với các seed khác nhau; nhiều: mỗi mô hình một ứng viên)</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Thêm thư mục…</translation>
    </message>
    <message>
        <source>Add version</source>
        <translation>Thêm phiên bản</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Candidates per model</source>
        <translation>Số ứng viên mỗi mô hình</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Nhiệt độ</translation>
    </message>
    <message>
        <source>0 is greedy decoding</source>
        <translation>0 là giải mã tham lam</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Max new tokens</source>
        <translation>Số token mới tối đa</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Candidate k uses seed + k; the seed is stored with each answer</source>
        <translation>Ứng viên k dùng seed + k; seed được lưu cùng mỗi câu trả lời</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Cách ghép cặp</translation>
    </message>
    <message>
        <source>All pairs</source>
        <translation>Mọi cặp</translation>
    </message>
    <message>
        <source>Adjacent pairs</source>
        <translation>Các cặp liền kề</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>All without pairs (language/category filters apply)</source>
        <translation>Tất cả prompt chưa có cặp (áp dụng bộ lọc ngôn ngữ/danh mục)</translation>
    </message>
    <message>
        <source>Selected rows</source>
        <translation>Các dòng đã chọn</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Answers appear here as they are generated.</source>
        <translation>Câu trả lời hiện ra ở đây khi đang được sinh.</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Mọi ngôn ngữ</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Mọi danh mục</translation>
    </message>
    <message>
        <source>No registered model versions</source>
        <translation>Chưa có phiên bản mô hình nào được đăng ký</translation>
    </message>
    <message>
        <source>Cannot read the prompts: %1</source>
        <translation>Không đọc được các prompt: %1</translation>
    </message>
    <message>
        <source>%1 prompts</source>
        <translation>%1 prompt</translation>
    </message>
    <message>
        <source>Import prompts or preferences</source>
        <translation>Nhập prompt hoặc dữ liệu ưu tiên</translation>
    </message>
    <message>
        <source>Prompt and preference files (*.jsonl *.json *.csv);;All files (*)</source>
        <translation>Tệp prompt và dữ liệu ưu tiên (*.jsonl *.json *.csv);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Export preferences</source>
        <translation>Xuất dữ liệu ưu tiên</translation>
    </message>
    <message>
        <source>TRL JSONL (*.jsonl);;CSV (*.csv)</source>
        <translation>TRL JSONL (*.jsonl);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Open a workspace first.</source>
        <translation>Hãy mở một không gian làm việc trước.</translation>
    </message>
    <message>
        <source>Wait until the running import, export or generation has finished.</source>
        <translation>Hãy chờ cho đến khi việc nhập, xuất hoặc sinh đang chạy kết thúc.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Đang nhập %1…</translation>
    </message>
    <message>
        <source>Wait until the running import or export has finished.</source>
        <translation>Hãy chờ cho đến khi việc nhập hoặc xuất đang chạy kết thúc.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Đang xuất ra %1…</translation>
    </message>
    <message>
        <source>Imported %1: %2 records, %3 new prompts, %4 already present, %5 pairs, %6 votes.</source>
        <translation>Đã nhập %1: %2 bản ghi, %3 prompt mới, %4 đã có sẵn, %5 cặp, %6 phiếu.</translation>
    </message>
    <message>
        <source>Exported %1 examples to %2 (%3 from edits, %4 undecided).</source>
        <translation>Đã xuất %1 mẫu ra %2 (%3 từ bản sửa, %4 chưa quyết định).</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Đã hủy nhập: không có gì được nhập.</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Đã hủy xuất: không tệp nào được ghi.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Không có gì được nhập từ %1: %2</translation>
    </message>
    <message>
        <source>The export to %1 failed: %2</source>
        <translation>Xuất ra %1 thất bại: %2</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Thư mục mô hình</translation>
    </message>
    <message>
        <source>%1 (model version #%2)</source>
        <translation>%1 (phiên bản mô hình #%2)</translation>
    </message>
    <message>
        <source>Wait until the running import or generation has finished.</source>
        <translation>Hãy chờ cho đến khi việc nhập hoặc sinh đang chạy kết thúc.</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Đang tải mô hình…</translation>
    </message>
    <message>
        <source>%1 / %2 prompts</source>
        <translation>%1 / %2 prompt</translation>
    </message>
    <message>
        <source>%1 tok/s · ETA %2 · %3 tokens · %4 skipped (already done)</source>
        <translation>%1 token/giây · còn lại %2 · %3 token · bỏ qua %4 (đã xong)</translation>
    </message>
    <message>
        <source>── prompt #%1 · model %2 · candidate %3 ──</source>
        <translation>── prompt #%1 · mô hình %2 · ứng viên %3 ──</translation>
    </message>
    <message>
        <source>Generation failed: %1</source>
        <translation>Sinh thất bại: %1</translation>
    </message>
    <message>
        <source>Cancelled. %1 prompts finished and kept (%2 candidates, %3 pairs); Start again to continue.</source>
        <translation>Đã hủy. %1 prompt đã xong được giữ lại (%2 ứng viên, %3 cặp); bấm Bắt đầu lại để tiếp tục.</translation>
    </message>
    <message>
        <source>Done: %1 prompts, %2 candidates, %3 pairs in %4 s (%5 already done before).</source>
        <translation>Xong: %1 prompt, %2 ứng viên, %3 cặp trong %4 giây (%5 đã xong từ trước).</translation>
    </message>
</context>
<context>
    <name>ps::ui::QualityView</name>
    <message>
        <source>Open a workspace to see the quality of its preference data.</source>
        <translation>Hãy mở một không gian làm việc để xem chất lượng dữ liệu ưu tiên của nó.</translation>
    </message>
    <message>
        <source>Cancelled; the statistics shown are from the previous run.</source>
        <translation>Đã hủy; số liệu đang hiển thị là của lần tính trước.</translation>
    </message>
    <message>
        <source>Cannot compute the report: %1</source>
        <translation>Không tính được báo cáo: %1</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Include excluded annotators and pairs</source>
        <translation>Tính cả người gán nhãn và cặp đã bị loại</translation>
    </message>
    <message>
        <source>By default the statistics describe the data training will use.</source>
        <translation>Mặc định, số liệu mô tả đúng dữ liệu mà quá trình huấn luyện sẽ dùng.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation>Người gán nhãn</translation>
    </message>
    <message>
        <source>Contradictions</source>
        <translation>Mâu thuẫn</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Trùng lặp</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Độ phủ</translation>
    </message>
    <message>
        <source>Reason for excluding (kept with the annotator)</source>
        <translation>Lý do loại (lưu cùng người gán nhãn)</translation>
    </message>
    <message>
        <source>Exclude selected from training</source>
        <translation>Loại người đã chọn khỏi huấn luyện</translation>
    </message>
    <message>
        <source>Include again</source>
        <translation>Đưa vào lại</translation>
    </message>
    <message>
        <source>Reason for excluding (kept with the pair)</source>
        <translation>Lý do loại (lưu cùng cặp)</translation>
    </message>
    <message>
        <source>Exclude selected pairs from training</source>
        <translation>Loại các cặp đã chọn khỏi huấn luyện</translation>
    </message>
    <message>
        <source>Outliers: modified z-score (median and MAD over annotators with at least 10 votes) beyond ±3.5 on the median time per vote or on the agreement with the other annotators' majority. Position bias: the left answer picked with a binomial p &lt; 0.001 over at least 20 decisive votes.</source>
        <translation>Bất thường: z-score hiệu chỉnh (trung vị và MAD trên những người gán nhãn có ít nhất 10 phiếu) vượt quá ±3,5 về thời gian trung vị mỗi phiếu hoặc về mức đồng ý với đa số những người gán nhãn khác. Thiên lệch vị trí: câu trả lời bên trái được chọn với p nhị thức &lt; 0,001 trên ít nhất 20 phiếu dứt khoát.</translation>
    </message>
    <message>
        <source>Exclusions changed: press Refresh to recompute the statistics.</source>
        <translation>Danh sách loại trừ đã thay đổi: nhấn Làm mới để tính lại số liệu.</translation>
    </message>
    <message>
        <source>%1 active votes (%2 counted) on %3 pairs, %4 prompts; computed in %5 s.</source>
        <translation>%1 phiếu hiệu lực (%2 được tính) trên %3 cặp, %4 câu hỏi; tính trong %5 giây.</translation>
    </message>
    <message>
        <source>Position bias</source>
        <translation>Thiên lệch vị trí</translation>
    </message>
    <message>
        <source>Length bias</source>
        <translation>Thiên lệch độ dài</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Mức đồng thuận</translation>
    </message>
    <message>
        <source>Diversity</source>
        <translation>Độ đa dạng</translation>
    </message>
    <message>
        <source>left answer picked in %1 of %2 decisive votes; 95 % CI %3–%4, %5</source>
        <translation>câu trả lời bên trái được chọn trong %1 trên %2 phiếu dứt khoát; KTC 95 % %3–%4, %5</translation>
    </message>
    <message>
        <source>longer answer chosen (%1 of %2, %3); mean length chosen %4 vs rejected %5 characters</source>
        <translation>câu trả lời dài hơn được chọn (%1 trên %2, %3); độ dài trung bình được chọn %4 so với bị loại %5 ký tự</translation>
    </message>
    <message>
        <source>Fleiss' kappa on %1 pairs with 2–%2 votes; %3 of rater pairs agree</source>
        <translation>Kappa của Fleiss trên %1 cặp có 2–%2 phiếu; %3 số cặp người chấm đồng ý</translation>
    </message>
    <message>
        <source>pairs with differing votes (%1 A against B); %2 times an annotator reversed a swapped pair</source>
        <translation>cặp có phiếu khác nhau (%1 cặp A ngược B); %2 lần một người gán nhãn đảo ý ở cặp bị hoán đổi bên</translation>
    </message>
    <message>
        <source>%1 exact duplicate prompts, %2 near-duplicate pairs</source>
        <translation>%1 câu hỏi trùng hoàn toàn, %2 cặp gần trùng</translation>
    </message>
    <message>
        <source>distinct-1 / distinct-2 of prompts; answers %1 / %2; %3 languages, %4 categories</source>
        <translation>distinct-1 / distinct-2 của câu hỏi; câu trả lời %1 / %2; %3 ngôn ngữ, %4 danh mục</translation>
    </message>
    <message>
        <source>Choice shares per annotator</source>
        <translation>Tỷ lệ lựa chọn theo người gán nhãn</translation>
    </message>
    <message>
        <source>Left answer picked (95 % interval; 50 % = no position bias)</source>
        <translation>Câu trả lời bên trái được chọn (khoảng 95 %; 50 % = không thiên lệch vị trí)</translation>
    </message>
    <message>
        <source>Longer answer chosen, by how much longer (50 % = no length bias)</source>
        <translation>Câu trả lời dài hơn được chọn, theo mức dài hơn (50 % = không thiên lệch độ dài)</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Hòa</translation>
    </message>
    <message>
        <source>Both bad</source>
        <translation>Cả hai đều tệ</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Left-pick rate</source>
        <translation>Tỷ lệ chọn bên trái</translation>
    </message>
    <message>
        <source>No bias</source>
        <translation>Không thiên lệch</translation>
    </message>
    <message>
        <source>Longer answer chosen (%)</source>
        <translation>Câu trả lời dài hơn được chọn (%)</translation>
    </message>
    <message>
        <source>all (chars)</source>
        <translation>tất cả (ký tự)</translation>
    </message>
    <message>
        <source>all (words)</source>
        <translation>tất cả (từ)</translation>
    </message>
    <message>
        <source>×%1–%2</source>
        <translation>×%1–%2</translation>
    </message>
    <message>
        <source>≥ ×%1</source>
        <translation>≥ ×%1</translation>
    </message>
    <message>
        <source>Cohen's kappa per annotator pair (items both labelled); colours after Landis &amp; Koch</source>
        <translation>Kappa của Cohen theo từng cặp người gán nhãn (các mục cả hai cùng gán); màu theo Landis &amp; Koch</translation>
    </message>
    <message>
        <source>%1 pairs labelled by both; agreement %2, expected by chance %3</source>
        <translation>%1 cặp được cả hai gán nhãn; đồng ý %2, kỳ vọng do ngẫu nhiên %3</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Người gán nhãn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Phiếu</translation>
    </message>
    <message>
        <source>Median s</source>
        <translation>Trung vị (giây)</translation>
    </message>
    <message>
        <source>Mean s</source>
        <translation>Trung bình (giây)</translation>
    </message>
    <message>
        <source>Left picked</source>
        <translation>Chọn bên trái</translation>
    </message>
    <message>
        <source>Agrees with majority</source>
        <translation>Đồng ý với đa số</translation>
    </message>
    <message>
        <source>Speed z</source>
        <translation>z tốc độ</translation>
    </message>
    <message>
        <source>Agreement z</source>
        <translation>z đồng thuận</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Excluded: %1</source>
        <translation>Đã loại: %1</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Được tính</translation>
    </message>
    <message>
        <source>%1 of %2 decisive votes; %3</source>
        <translation>%1 trên %2 phiếu dứt khoát; %3</translation>
    </message>
    <message>
        <source>%1 of %2 pairs where the others had a clear majority</source>
        <translation>%1 trên %2 cặp mà những người khác có đa số rõ ràng</translation>
    </message>
    <message>
        <source>unusually fast</source>
        <translation>nhanh bất thường</translation>
    </message>
    <message>
        <source>unusually slow</source>
        <translation>chậm bất thường</translation>
    </message>
    <message>
        <source>disagrees with the others</source>
        <translation>bất đồng với những người khác</translation>
    </message>
    <message>
        <source>agrees unusually often</source>
        <translation>đồng ý nhiều bất thường</translation>
    </message>
    <message>
        <source>position bias</source>
        <translation>thiên lệch vị trí</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Cặp</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>First pair</source>
        <translation>Cặp thứ nhất</translation>
    </message>
    <message>
        <source>Second pair</source>
        <translation>Cặp thứ hai</translation>
    </message>
    <message>
        <source>%1 pairs whose votes differ (%2 listed)</source>
        <translation>%1 cặp có phiếu khác nhau (liệt kê %2)</translation>
    </message>
    <message>
        <source>Pairs whose votes differ</source>
        <translation>Các cặp có phiếu khác nhau</translation>
    </message>
    <message>
        <source>%1 reversed answers: the same two answers, sides swapped, opposite choices</source>
        <translation>%1 lần đảo ý: cùng hai câu trả lời, hoán đổi bên, chọn ngược nhau</translation>
    </message>
    <message>
        <source>Reversed answers</source>
        <translation>Đảo ý</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Đã loại</translation>
    </message>
    <message>
        <source>A against B</source>
        <translation>A ngược B</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>hỗn hợp</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Số bản</translation>
    </message>
    <message>
        <source>Prompt ids</source>
        <translation>Mã câu hỏi</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Độ tương đồng</translation>
    </message>
    <message>
        <source>Similar prompt</source>
        <translation>Câu hỏi tương tự</translation>
    </message>
    <message>
        <source>%1 exact duplicate prompts (same normalized text)</source>
        <translation>%1 câu hỏi trùng hoàn toàn (cùng văn bản sau chuẩn hóa)</translation>
    </message>
    <message>
        <source>Exact duplicates</source>
        <translation>Trùng hoàn toàn</translation>
    </message>
    <message>
        <source>%1 near-duplicate prompt pairs (Jaccard similarity of word %2-grams ≥ %3)</source>
        <translation>%1 cặp câu hỏi gần trùng (độ tương đồng Jaccard của %2-gram từ ≥ %3)</translation>
    </message>
    <message>
        <source>Near duplicates</source>
        <translation>Gần trùng</translation>
    </message>
    <message>
        <source>Diversity: distinct-n = distinct word n-grams / all word n-grams (higher is more varied)</source>
        <translation>Độ đa dạng: distinct-n = số n-gram từ khác nhau / tổng số n-gram từ (càng cao càng đa dạng)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Câu trả lời</translation>
    </message>
    <message>
        <source>distinct-1</source>
        <translation>distinct-1</translation>
    </message>
    <message>
        <source>distinct-2</source>
        <translation>distinct-2</translation>
    </message>
    <message>
        <source>texts</source>
        <translation>văn bản</translation>
    </message>
    <message>
        <source>words</source>
        <translation>từ</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Cặp</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(chưa đặt)</translation>
    </message>
    <message>
        <source>excluded in the quality view</source>
        <translation>bị loại trong màn hình chất lượng</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Chất lượng</translation>
    </message>
    <message>
        <source>Cannot change the annotator: %1</source>
        <translation>Không thay đổi được người gán nhãn: %1</translation>
    </message>
    <message>
        <source>contradicting votes</source>
        <translation>phiếu mâu thuẫn</translation>
    </message>
    <message>
        <source>Cannot change the pair: %1</source>
        <translation>Không thay đổi được cặp: %1</translation>
    </message>
</context>
<context>
    <name>ps::ui::RichText</name>
    <message>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Trợ lý</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Hệ thống</translation>
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
    <message>
        <source>cannot create the run folder</source>
        <translation>không thể tạo thư mục lần chạy</translation>
    </message>
    <message>
        <source>cannot write the run settings</source>
        <translation>không thể ghi thiết lập lần chạy</translation>
    </message>
    <message>
        <source>cannot start '%1': %2</source>
        <translation>không thể khởi chạy '%1': %2</translation>
    </message>
    <message>
        <source>the training processes failed (exit code %1)</source>
        <translation>các tiến trình huấn luyện thất bại (mã thoát %1)</translation>
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
    <message>
        <source>Pairs from</source>
        <translation>Lấy cặp từ</translation>
    </message>
    <message>
        <source>Pairs file</source>
        <translation>Tệp cặp</translation>
    </message>
    <message>
        <source>Recompute activations in the backward (less memory)</source>
        <translation>Tính lại activation khi lan truyền ngược (ít bộ nhớ hơn)</translation>
    </message>
    <message>
        <source>Gradient checkpointing</source>
        <translation>Gradient checkpointing</translation>
    </message>
    <message>
        <source>Workspace votes</source>
        <translation>Bình chọn trong không gian làm việc</translation>
    </message>
    <message>
        <source>JSONL file</source>
        <translation>Tệp JSONL</translation>
    </message>
    <message>
        <source>No workspace is open (File &gt; Open workspace), or choose a pairs file.</source>
        <translation>Chưa mở không gian làm việc nào (Tệp &gt; Mở không gian làm việc), hoặc hãy chọn một tệp cặp.</translation>
    </message>
    <message>
        <source>%1 labelled pairs in %2 (%3 excluded); ties, both-bad and skips carry no preference.</source>
        <translation>%1 cặp đã gán nhãn trong %2 (%3 bị loại trừ); hòa, cả hai đều tệ và bỏ qua không mang thông tin ưu tiên.</translation>
    </message>
    <message>
        <source>No labelled pairs in this workspace yet: annotate some first.</source>
        <translation>Không gian làm việc này chưa có cặp nào được gán nhãn: hãy gán nhãn một số cặp trước.</translation>
    </message>
    <message>
        <source>The base and the tuned model answered held-out prompts with the same seeds: %1</source>
        <translation>Mô hình gốc và mô hình đã tinh chỉnh đã trả lời các câu hỏi giữ lại với cùng seed: %1</translation>
    </message>
    <message>
        <source>show before/after</source>
        <translation>xem trước/sau</translation>
    </message>
    <message>
        <source>The evaluation after training failed: %1</source>
        <translation>Đánh giá sau huấn luyện thất bại: %1</translation>
    </message>
    <message>
        <source>Safety regression: the tuned model answers unsafely (or refuses harmless requests) more often than its base in: %1. Check the Evaluation results tab before exporting or shipping it.</source>
        <translation>Suy giảm an toàn: mô hình đã tinh chỉnh trả lời không an toàn (hoặc từ chối yêu cầu vô hại) thường xuyên hơn mô hình gốc ở: %1. Hãy xem thẻ Kết quả đánh giá trước khi xuất hoặc phát hành mô hình.</translation>
    </message>
    <message>
        <source>Comparing the tuned model with its base: %1 of %2</source>
        <translation>Đang so sánh mô hình đã tinh chỉnh với mô hình gốc: %1 / %2</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Số tiến trình</translation>
    </message>
</context>
</TS>