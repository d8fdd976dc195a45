<?xml version="1.0" encoding="utf-8"?>
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
        <source>show a model folder&apos;s configuration, parameters and dtype</source>
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
&apos;prefstudio &lt;command&gt; --help&apos; describes a command&apos;s options.
</source>
        <translation>
&apos;prefstudio &lt;lệnh&gt; --help&apos; mô tả các tùy chọn của một lệnh.
</translation>
    </message>
    <message>
        <source>error: unknown command &apos;%1&apos;

</source>
        <translation>lỗi: lệnh không xác định &apos;%1&apos;

</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>lỗi: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a token id</source>
        <translation>&apos;%1&apos; không phải là token id</translation>
    </message>
    <message>
        <source>no token ids given</source>
        <translation>chưa cung cấp token id nào</translation>
    </message>
    <message>
        <source>--%1 expects a number, got &apos;%2&apos;</source>
        <translation>--%1 cần một số, nhận được &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--%1 expects an integer, got &apos;%2&apos;</source>
        <translation>--%1 cần một số nguyên, nhận được &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--dtype must be fp32 or bf16, got &apos;%1&apos;</source>
        <translation>--dtype phải là fp32 hoặc bf16, nhận được &apos;%1&apos;</translation>
    </message>
    <message>
        <source>compute dtype: fp32 or bf16 (default: the checkpoint&apos;s)</source>
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
        <source>Compute logits for token ids; writes one F32 tensor &apos;logits&apos; of shape [T, vocab].</source>
        <translation>Tính logits cho các token id; ghi một tensor F32 &apos;logits&apos; có shape [T, vocab].</translation>
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
        <source>Generate continuations of token ids with the KV/conv cache. Defaults come from the model&apos;s generation_config.json.</source>
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
        <source>generate needs MODEL_DIR and --ids</source>
        <translation>generate cần MODEL_DIR và --ids</translation>
    </message>
    <message>
        <source>prefill: %1 tokens in %2 s (%3 tok/s); decode: %4 tokens in %5 s (%6 tok/s)
</source>
        <translation>prefill: %1 token trong %2 s (%3 tok/s); decode: %4 token trong %5 s (%6 tok/s)
</translation>
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
        <source>__metadata__ value &apos;%1&apos; is not a string</source>
        <translation>giá trị &apos;%1&apos; của __metadata__ không phải là chuỗi</translation>
    </message>
    <message>
        <source>entry &apos;%1&apos; is not an object</source>
        <translation>mục &apos;%1&apos; không phải là một đối tượng</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has unknown dtype &apos;%2&apos;</source>
        <translation>tensor &apos;%1&apos; có dtype không xác định &apos;%2&apos;</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has no shape array</source>
        <translation>tensor &apos;%1&apos; không có mảng shape</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has an invalid dimension in its shape</source>
        <translation>tensor &apos;%1&apos; có một chiều không hợp lệ trong shape</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has invalid data_offsets</source>
        <translation>tensor &apos;%1&apos; có data_offsets không hợp lệ</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; ends before it begins</source>
        <translation>tensor &apos;%1&apos; kết thúc trước khi bắt đầu</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; ends at data byte %2 but the data section has %3 bytes (truncated file?)</source>
        <translation>tensor &apos;%1&apos; kết thúc tại byte dữ liệu %2 nhưng phần dữ liệu chỉ có %3 byte (tệp bị cắt cụt?)</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: shape and dtype %2 need %3 bytes but data_offsets span %4</source>
        <translation>tensor &apos;%1&apos;: shape và dtype %2 cần %3 byte nhưng data_offsets trải trên %4</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; overlaps the previous tensor (offset %2 &lt; %3)</source>
        <translation>tensor &apos;%1&apos; chồng lấn tensor trước đó (offset %2 &lt; %3)</translation>
    </message>
    <message>
        <source>unused bytes before tensor &apos;%1&apos; (offset %2, expected %3)</source>
        <translation>có byte không được dùng trước tensor &apos;%1&apos; (offset %2, mong đợi %3)</translation>
    </message>
    <message>
        <source>data section has %1 bytes but tensors cover %2</source>
        <translation>phần dữ liệu có %1 byte nhưng các tensor chỉ bao phủ %2</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; appears in more than one shard</source>
        <translation>tensor &apos;%1&apos; xuất hiện trong nhiều hơn một phân mảnh (shard)</translation>
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
        <source>weight_map entry &apos;%1&apos; names an invalid shard file &apos;%2&apos;</source>
        <translation>mục weight_map &apos;%1&apos; trỏ tới tệp phân mảnh (shard) không hợp lệ &apos;%2&apos;</translation>
    </message>
    <message>
        <source>shard &apos;%1&apos; listed in the index is missing</source>
        <translation>thiếu phân mảnh (shard) &apos;%1&apos; được liệt kê trong chỉ mục</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is in shard &apos;%2&apos; but not in the index</source>
        <translation>tensor &apos;%1&apos; có trong phân mảnh &apos;%2&apos; nhưng không có trong chỉ mục</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is in shard &apos;%2&apos; but the index says &apos;%3&apos;</source>
        <translation>tensor &apos;%1&apos; nằm trong phân mảnh &apos;%2&apos; nhưng chỉ mục ghi là &apos;%3&apos;</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is listed in the index but missing from shard &apos;%2&apos;</source>
        <translation>tensor &apos;%1&apos; được liệt kê trong chỉ mục nhưng không có trong phân mảnh &apos;%2&apos;</translation>
    </message>
    <message>
        <source>invalid tensor name &apos;%1&apos;</source>
        <translation>tên tensor không hợp lệ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>duplicate tensor name &apos;%1&apos;</source>
        <translation>tên tensor bị trùng &apos;%1&apos;</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: %2 bytes given, shape needs %3</source>
        <translation>tensor &apos;%1&apos;: nhận được %2 byte, shape cần %3</translation>
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
        <source>unsupported dtype &apos;%1&apos; (use bf16, fp32 or fp16)</source>
        <translation>dtype không được hỗ trợ &apos;%1&apos; (hãy dùng bf16, fp32 hoặc fp16)</translation>
    </message>
    <message>
        <source>cannot create folder</source>
        <translation>không thể tạo thư mục</translation>
    </message>
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
        <source>tensor &apos;%1&apos; has dtype %2, which Prefstudio cannot compute with</source>
        <translation>tensor &apos;%1&apos; có dtype %2, Prefstudio không thể tính toán với dtype này</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; cannot be written (dtype/layout)</source>
        <translation>không thể ghi tensor &apos;%1&apos; (dtype/bố cục)</translation>
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
        <source>key &apos;%1&apos; must be an integer</source>
        <translation>khóa &apos;%1&apos; phải là số nguyên</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; must be a number</source>
        <translation>khóa &apos;%1&apos; phải là một số</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; must be true or false</source>
        <translation>khóa &apos;%1&apos; phải là true hoặc false</translation>
    </message>
    <message>
        <source>config.json has no model_type</source>
        <translation>config.json không có model_type</translation>
    </message>
    <message>
        <source>model_type &apos;lfm2_moe&apos; (LFM2 mixture of experts) is not supported yet; supported: lfm2</source>
        <translation>model_type &apos;lfm2_moe&apos; (LFM2 mixture of experts) chưa được hỗ trợ; được hỗ trợ: lfm2</translation>
    </message>
    <message>
        <source>unknown model_type &apos;%1&apos;; supported: lfm2</source>
        <translation>model_type không xác định &apos;%1&apos;; được hỗ trợ: lfm2</translation>
    </message>
    <message>
        <source>key &apos;eos_token_id&apos; must hold token ids (non-negative integers)</source>
        <translation>khóa &apos;eos_token_id&apos; phải chứa các token id (số nguyên không âm)</translation>
    </message>
    <message>
        <source>key &apos;eos_token_id&apos; must be a token id or a list of token ids</source>
        <translation>khóa &apos;eos_token_id&apos; phải là một token id hoặc một danh sách token id</translation>
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
        <source>layer_types[%1] is &apos;%2&apos;; expected &apos;conv&apos; or &apos;full_attention&apos;</source>
        <translation>layer_types[%1] là &apos;%2&apos;; cần &apos;conv&apos; hoặc &apos;full_attention&apos;</translation>
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
        <source>unknown preset &apos;%1&apos;; choose one of: %2</source>
        <translation>preset không xác định &apos;%1&apos;; hãy chọn một trong: %2</translation>
    </message>
</context>
<context>
    <name>ps::model::Lfm2Model</name>
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
        <source>missing tensor &apos;%1&apos;</source>
        <translation>thiếu tensor &apos;%1&apos;</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has shape %2 but the config needs %3</source>
        <translation>tensor &apos;%1&apos; có shape %2 nhưng cấu hình cần %3</translation>
    </message>
    <message>
        <source>unexpected tensor &apos;%1&apos; (not part of this LFM2 config)</source>
        <translation>tensor không mong đợi &apos;%1&apos; (không thuộc cấu hình LFM2 này)</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is not a floating-point tensor</source>
        <translation>tensor &apos;%1&apos; không phải là tensor số thực dấu phẩy động</translation>
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
</context>
</TS>
