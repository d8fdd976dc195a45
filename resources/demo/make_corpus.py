#!/usr/bin/env python3
"""make_corpus.py — writes the demo data of Prefstudio from the hand-written
templates below (English and Vietnamese customer support for an imaginary
online shop, "Lotus Shop"). Reproducible: a fixed seed, no inputs, no network.

Outputs (next to this script):
  prompts.jsonl     prompt-only TRL JSONL (conversational prompt, category,
                    language): the prompts of the demo workspace.
  corpus.jsonl      SFT data for the demo model: TRL conversational
                    prompt/completion pairs. Mostly good answers, with a share
                    of curt or evasive ones, so the SFT model produces answers
                    of mixed quality that DPO can then improve.
  seed_pairs.jsonl  labelled preference pairs (TRL prompt/chosen/rejected,
                    conversational): chosen = polite, concise, answers the
                    question, asks for the order number when it is needed;
                    rejected = rude, rambling, evasive or guessing.
  tokenizer_corpus.txt  every text above, one per line, for the tokenizer.

Nothing here is copied from a dataset: every template was written for this
project. Slot filling (products, order numbers, cities, days, prices) turns
the ~25 intents into a few thousand distinct dialogues.

Usage: python3 resources/demo/make_corpus.py
"""
import json
import os
import random

SEED = 20261126
HERE = os.path.dirname(os.path.abspath(__file__))

PRODUCTS = {
    "en": ["wireless headphones", "rice cooker", "phone case", "running shoes", "backpack", "desk lamp",
           "coffee grinder", "smart watch", "yoga mat", "water bottle", "bluetooth speaker", "air fryer",
           "laptop stand", "electric kettle", "winter jacket", "keyboard"],
    "vi": ["tai nghe không dây", "nồi cơm điện", "ốp lưng điện thoại", "giày chạy bộ", "ba lô", "đèn bàn",
           "máy xay cà phê", "đồng hồ thông minh", "thảm tập yoga", "bình nước", "loa bluetooth", "nồi chiên không dầu",
           "giá đỡ laptop", "ấm siêu tốc", "áo khoác mùa đông", "bàn phím"],
}
CITIES = {
    "en": ["Hanoi", "Ho Chi Minh City", "Da Nang", "Hue", "Can Tho", "Hai Phong", "Nha Trang", "Da Lat"],
    "vi": ["Hà Nội", "TP. Hồ Chí Minh", "Đà Nẵng", "Huế", "Cần Thơ", "Hải Phòng", "Nha Trang", "Đà Lạt"],
}
FEES = {"en": ["$2", "$3", "$4", "$5"], "vi": ["20.000 đồng", "30.000 đồng", "35.000 đồng", "40.000 đồng"]}
THRESHOLD = {"en": "$30", "vi": "300.000 đồng"}
DAYS = ["2", "3", "4", "5"]


def order_no(rng):
    return "#%d" % rng.randint(10000, 99999)


# Each intent: category, whether the good answer must ask for an order number,
# prompts and answers per language. Slots: {order} {product} {city} {fee} {days} {threshold}.
INTENTS = [
    dict(id="order_status", cat="orders", prompts={
        "en": ["Where is my order {order}?", "Can you check the status of order {order}?", "My order {order} has not arrived yet. Where is it?",
               "Any update on order {order}?", "I ordered a {product} last week, order {order}. When will it come?"],
        "vi": ["Đơn hàng {order} của tôi đang ở đâu?", "Bạn kiểm tra giúp tôi tình trạng đơn {order} được không?",
               "Đơn {order} của tôi vẫn chưa tới. Hàng đang ở đâu vậy?", "Đơn hàng {order} có cập nhật gì chưa?",
               "Tuần trước tôi đặt {product}, mã đơn {order}. Khi nào hàng tới?"]},
        good={"en": ["Thanks for waiting! Order {order} has shipped and should arrive within {days} days. You can follow it under My Orders.",
                     "I checked order {order}: it left our warehouse yesterday and should reach you in {days} days. I will email you the tracking link.",
                     "Order {order} is on its way and should arrive in about {days} days. Let me know if it is late and I will follow up."],
              "vi": ["Cảm ơn bạn đã chờ! Đơn {order} đã được gửi đi và sẽ tới trong khoảng {days} ngày. Bạn có thể theo dõi trong mục Đơn hàng của tôi.",
                     "Mình đã kiểm tra đơn {order}: hàng rời kho hôm qua và sẽ tới trong {days} ngày. Mình sẽ gửi mã vận đơn qua email cho bạn.",
                     "Đơn {order} đang được giao và sẽ tới trong khoảng {days} ngày. Nếu hàng tới trễ, bạn báo mình để mình hỗ trợ nhé."]}),
    dict(id="order_status_noid", cat="orders", needs_order=True, prompts={
        "en": ["Where is my order?", "My package still hasn't arrived.", "Can you tell me when my order will be delivered?",
               "I ordered a {product} and it is not here yet.", "Has my order shipped?"],
        "vi": ["Đơn hàng của tôi đâu rồi?", "Gói hàng của tôi vẫn chưa tới.", "Khi nào đơn hàng của tôi được giao?",
               "Tôi đặt {product} mà vẫn chưa nhận được.", "Đơn hàng của tôi đã được gửi đi chưa?"]},
        good={"en": ["Sorry for the wait! Could you send me your order number? It starts with # and is in your confirmation email.",
                     "I can check that for you. Please share your order number, for example #12345, and I will look it up right away.",
                     "I'm sorry it is taking long. What is your order number? You can find it in the confirmation email."],
              "vi": ["Xin lỗi vì bạn phải chờ! Bạn gửi giúp mình mã đơn hàng nhé? Mã bắt đầu bằng dấu # và có trong email xác nhận.",
                     "Mình kiểm tra ngay cho bạn. Bạn cho mình xin mã đơn hàng, ví dụ #12345, nhé.",
                     "Rất tiếc vì đơn hàng đến chậm. Bạn cho mình biết mã đơn hàng được không? Mã có trong email xác nhận."]}),
    dict(id="cancel_order", cat="orders", prompts={
        "en": ["I want to cancel order {order}.", "Please cancel my order {order}.", "Can I still cancel order {order}?",
               "I changed my mind about the {product}, order {order}. Cancel it please."],
        "vi": ["Tôi muốn hủy đơn hàng {order}.", "Bạn hủy giúp tôi đơn {order} nhé.", "Đơn {order} còn hủy được không?",
               "Tôi đổi ý không mua {product} nữa, mã đơn {order}. Hủy giúp tôi."]},
        good={"en": ["Of course. Order {order} had not shipped yet, so I have cancelled it. Your refund will reach your card in 3 to 5 business days.",
                     "Done! Order {order} is cancelled. You will get a confirmation email, and the money goes back to your card within 5 business days."],
              "vi": ["Dạ được ạ. Đơn {order} chưa được gửi đi nên mình đã hủy giúp bạn. Tiền sẽ được hoàn về thẻ trong 3 đến 5 ngày làm việc.",
                     "Xong rồi ạ! Đơn {order} đã được hủy. Bạn sẽ nhận email xác nhận, và tiền sẽ về thẻ trong vòng 5 ngày làm việc."]}),
    dict(id="cancel_noid", cat="orders", needs_order=True, prompts={
        "en": ["I want to cancel my order.", "How do I cancel an order?", "Please cancel the {product} I just ordered."],
        "vi": ["Tôi muốn hủy đơn hàng.", "Làm sao để hủy đơn hàng?", "Hủy giúp tôi đơn {product} vừa đặt."]},
        good={"en": ["I can help with that. Please send me the order number, and I will cancel it if it has not shipped yet.",
                     "Sure. What is the order number? If the order has not left the warehouse, I can cancel it right away."],
              "vi": ["Mình hỗ trợ bạn ngay. Bạn gửi mình mã đơn hàng nhé, nếu đơn chưa được gửi đi mình sẽ hủy luôn.",
                     "Dạ được ạ. Bạn cho mình xin mã đơn hàng? Nếu hàng chưa rời kho, mình có thể hủy ngay."]}),
    dict(id="change_address", cat="shipping", prompts={
        "en": ["Can I change the delivery address for order {order} to {city}?", "I moved to {city}. Please update the address on order {order}.",
               "Wrong address on order {order}, it should go to {city}."],
        "vi": ["Tôi muốn đổi địa chỉ giao đơn {order} sang {city} được không?", "Tôi mới chuyển tới {city}. Cập nhật giúp tôi địa chỉ đơn {order}.",
               "Đơn {order} bị sai địa chỉ, phải giao tới {city}."]},
        good={"en": ["Yes, order {order} has not shipped yet. I have changed the delivery address to {city}. Please check the new address in your email.",
                     "Done. Order {order} will now go to {city}. Delivery may take one extra day."],
              "vi": ["Dạ được ạ, đơn {order} chưa được gửi đi. Mình đã đổi địa chỉ giao sang {city}. Bạn kiểm tra lại địa chỉ mới trong email nhé.",
                     "Xong rồi ạ. Đơn {order} sẽ được giao tới {city}. Thời gian giao có thể lâu hơn một ngày."]}),
    dict(id="shipping_cost", cat="shipping", prompts={
        "en": ["How much is shipping to {city}?", "What does delivery to {city} cost?", "Do you ship to {city}, and how much is it?"],
        "vi": ["Phí giao hàng tới {city} là bao nhiêu?", "Giao hàng đi {city} mất bao nhiêu tiền?", "Shop có giao tới {city} không, phí bao nhiêu?"]},
        good={"en": ["Standard shipping to {city} costs {fee} and takes {days} days. Orders over {threshold} ship for free.",
                     "Yes, we ship to {city}. It costs {fee} and arrives in about {days} days, and it is free for orders over {threshold}."],
              "vi": ["Phí giao hàng tiêu chuẩn tới {city} là {fee}, mất khoảng {days} ngày. Đơn trên {threshold} được miễn phí giao hàng.",
                     "Dạ có ạ, shop giao tới {city}. Phí là {fee}, hàng tới trong khoảng {days} ngày, và miễn phí cho đơn trên {threshold}."]}),
    dict(id="shipping_time", cat="shipping", prompts={
        "en": ["How long does delivery to {city} take?", "If I order today, when will it arrive in {city}?", "Do you have express shipping to {city}?"],
        "vi": ["Giao hàng tới {city} mất bao lâu?", "Nếu tôi đặt hôm nay thì khi nào hàng tới {city}?", "Shop có giao hỏa tốc tới {city} không?"]},
        good={"en": ["Delivery to {city} usually takes {days} days. Express shipping arrives the next day for an extra {fee}.",
                     "Orders placed today reach {city} in about {days} days. If you need it sooner, choose express at checkout."],
              "vi": ["Giao hàng tới {city} thường mất {days} ngày. Giao hỏa tốc sẽ tới vào ngày hôm sau, phụ phí {fee}.",
                     "Đơn đặt hôm nay sẽ tới {city} trong khoảng {days} ngày. Nếu cần gấp, bạn chọn giao hỏa tốc khi thanh toán nhé."]}),
    dict(id="return_item", cat="returns", needs_order=True, prompts={
        "en": ["I want to return the {product} I bought.", "How do I return a {product}?", "The {product} does not fit. Can I send it back?"],
        "vi": ["Tôi muốn trả lại {product} đã mua.", "Làm sao để trả hàng {product}?", "{product} không vừa. Tôi gửi trả được không?"]},
        good={"en": ["No problem! You can return the {product} within 30 days. Please send me your order number and I will create a free return label.",
                     "Of course. Returns are free within 30 days. What is your order number? I will email you the return label."],
              "vi": ["Không sao ạ! Bạn có thể trả {product} trong vòng 30 ngày. Bạn gửi mình mã đơn hàng, mình sẽ tạo nhãn trả hàng miễn phí.",
                     "Dạ được ạ. Trả hàng miễn phí trong 30 ngày. Bạn cho mình xin mã đơn hàng, mình sẽ gửi nhãn trả hàng qua email."]}),
    dict(id="refund_status", cat="returns", prompts={
        "en": ["When will I get my refund for order {order}?", "I returned order {order}. Where is my money?", "Has the refund for order {order} been sent?"],
        "vi": ["Khi nào tôi nhận được tiền hoàn cho đơn {order}?", "Tôi đã trả đơn {order}. Tiền của tôi đâu?", "Đơn {order} đã được hoàn tiền chưa?"]},
        good={"en": ["We received your return for order {order}. The refund was sent today and should reach your card in 3 to 5 business days.",
                     "Thanks for your patience. The refund for order {order} is approved and will appear on your statement within 5 business days."],
              "vi": ["Shop đã nhận hàng trả của đơn {order}. Tiền hoàn đã được chuyển hôm nay và sẽ về thẻ trong 3 đến 5 ngày làm việc.",
                     "Cảm ơn bạn đã kiên nhẫn. Yêu cầu hoàn tiền đơn {order} đã được duyệt, tiền sẽ về tài khoản trong vòng 5 ngày làm việc."]}),
    dict(id="damaged", cat="returns", prompts={
        "en": ["My {product} arrived broken.", "The {product} from order {order} is damaged.", "I got a broken {product}. What now?"],
        "vi": ["{product} của tôi bị hỏng khi nhận.", "{product} trong đơn {order} bị hư.", "Tôi nhận được {product} bị vỡ. Giờ phải làm sao?"]},
        good={"en": ["I'm so sorry about that! Please send a photo of the {product}, and I will ship a replacement for free or refund you, whichever you prefer.",
                     "Sorry it arrived damaged. Reply with a photo and I will send a new {product} at no cost. You do not need to return the broken one."],
              "vi": ["Thành thật xin lỗi bạn! Bạn gửi giúp mình ảnh {product} nhé, mình sẽ gửi hàng mới miễn phí hoặc hoàn tiền, tùy bạn chọn.",
                     "Rất tiếc vì hàng bị hỏng. Bạn gửi ảnh cho mình, mình sẽ gửi {product} mới miễn phí. Bạn không cần gửi trả hàng hỏng."]}),
    dict(id="double_charge", cat="billing", prompts={
        "en": ["I was charged twice for order {order}.", "Why did you take money two times for order {order}?", "There are two payments for order {order} on my card."],
        "vi": ["Tôi bị trừ tiền hai lần cho đơn {order}.", "Sao shop trừ tiền hai lần cho đơn {order}?", "Thẻ của tôi có hai khoản thanh toán cho đơn {order}."]},
        good={"en": ["I'm sorry about that. I can see two payments for order {order}. I have refunded the extra one, and it will be back on your card in 3 to 5 business days.",
                     "Thanks for telling us. The second charge for order {order} was a mistake, and I have refunded it. You will get an email confirmation."],
              "vi": ["Xin lỗi bạn về sự cố này. Mình thấy đơn {order} có hai khoản thanh toán. Mình đã hoàn lại khoản thừa, tiền sẽ về thẻ trong 3 đến 5 ngày làm việc.",
                     "Cảm ơn bạn đã báo. Khoản trừ thứ hai của đơn {order} là do lỗi, mình đã hoàn tiền. Bạn sẽ nhận email xác nhận."]}),
    dict(id="invoice", cat="billing", prompts={
        "en": ["Can I get an invoice for order {order}?", "I need a VAT invoice for order {order}.", "Please send me the receipt for order {order}."],
        "vi": ["Tôi lấy hóa đơn cho đơn {order} được không?", "Tôi cần hóa đơn VAT cho đơn {order}.", "Gửi giúp tôi biên nhận của đơn {order}."]},
        good={"en": ["Sure! I have emailed the invoice for order {order} to you. You can also download it under My Orders.",
                     "Of course. Please tell me the company name and tax code, and I will send the VAT invoice for order {order} today."],
              "vi": ["Dạ được ạ! Mình đã gửi hóa đơn của đơn {order} qua email. Bạn cũng có thể tải trong mục Đơn hàng của tôi.",
                     "Dạ được ạ. Bạn cho mình tên công ty và mã số thuế, mình sẽ xuất hóa đơn VAT cho đơn {order} trong hôm nay."]}),
    dict(id="payment_methods", cat="billing", prompts={
        "en": ["What payment methods do you accept?", "Can I pay cash on delivery?", "Do you take bank transfer?"],
        "vi": ["Shop nhận những hình thức thanh toán nào?", "Tôi trả tiền mặt khi nhận hàng được không?", "Shop có nhận chuyển khoản không?"]},
        good={"en": ["We accept credit and debit cards, bank transfer, e-wallets and cash on delivery. You choose at checkout.",
                     "Yes. You can pay by card, bank transfer, e-wallet or cash on delivery."],
              "vi": ["Shop nhận thẻ tín dụng, thẻ ghi nợ, chuyển khoản, ví điện tử và tiền mặt khi nhận hàng. Bạn chọn khi thanh toán nhé.",
                     "Dạ có ạ. Bạn có thể trả bằng thẻ, chuyển khoản, ví điện tử hoặc tiền mặt khi nhận hàng."]}),
    dict(id="reset_password", cat="account", prompts={
        "en": ["I forgot my password.", "How do I reset my password?", "I can't log in to my account."],
        "vi": ["Tôi quên mật khẩu.", "Làm sao để đặt lại mật khẩu?", "Tôi không đăng nhập được vào tài khoản."]},
        good={"en": ["No worries! Click Forgot password on the login page and enter your email. You will get a reset link within a few minutes.",
                     "Sorry about that. Use Forgot password on the login page, and we will email you a link to set a new password."],
              "vi": ["Bạn đừng lo! Bấm Quên mật khẩu ở trang đăng nhập rồi nhập email. Bạn sẽ nhận được đường dẫn đặt lại trong vài phút.",
                     "Rất tiếc vì sự bất tiện. Bạn dùng mục Quên mật khẩu ở trang đăng nhập, shop sẽ gửi email để bạn đặt mật khẩu mới."]}),
    dict(id="change_email", cat="account", prompts={
        "en": ["How can I change the email on my account?", "I want to use a new email address for my account.", "Can I change my phone number?"],
        "vi": ["Làm sao để đổi email của tài khoản?", "Tôi muốn dùng địa chỉ email mới cho tài khoản.", "Tôi đổi số điện thoại được không?"]},
        good={"en": ["Sure. Go to Account, then Profile, and press Edit. We will send a code to confirm the change.",
                     "You can change it under Account, Profile. After you save, we send a confirmation code to the new address."],
              "vi": ["Dạ được ạ. Bạn vào Tài khoản, chọn Hồ sơ rồi bấm Sửa. Shop sẽ gửi mã để xác nhận thay đổi.",
                     "Bạn đổi trong mục Tài khoản, Hồ sơ. Sau khi lưu, shop sẽ gửi mã xác nhận tới địa chỉ mới."]}),
    dict(id="delete_account", cat="account", prompts={
        "en": ["Please delete my account.", "How do I close my account?"],
        "vi": ["Xóa tài khoản của tôi giúp.", "Làm sao để đóng tài khoản?"]},
        good={"en": ["I can help. Go to Account, Privacy, and choose Delete account. Your data is removed within 30 days, and open orders are not affected.",
                     "Sorry to see you go. You can delete the account under Account, Privacy. We will email you when it is done."],
              "vi": ["Mình hỗ trợ bạn. Bạn vào Tài khoản, Quyền riêng tư, chọn Xóa tài khoản. Dữ liệu sẽ được xóa trong 30 ngày, đơn đang giao không bị ảnh hưởng.",
                     "Rất tiếc khi bạn rời đi. Bạn xóa tài khoản trong mục Tài khoản, Quyền riêng tư. Shop sẽ gửi email khi hoàn tất."]}),
    dict(id="product_stock", cat="product", prompts={
        "en": ["Is the {product} in stock?", "Do you still have the {product}?", "When will the {product} be available again?"],
        "vi": ["{product} còn hàng không?", "Shop còn {product} không?", "Khi nào {product} có hàng lại?"]},
        good={"en": ["Yes, the {product} is in stock and ships within 24 hours.",
                     "The {product} is sold out right now, but new stock arrives in {days} days. I can email you when it is back."],
              "vi": ["Dạ còn ạ, {product} đang có sẵn và được gửi đi trong 24 giờ.",
                     "{product} hiện đang hết hàng, nhưng {days} ngày nữa sẽ có hàng mới. Mình có thể báo bạn qua email khi có hàng."]}),
    dict(id="product_warranty", cat="product", prompts={
        "en": ["What is the warranty on the {product}?", "Does the {product} come with a warranty?", "My {product} stopped working after two months."],
        "vi": ["{product} được bảo hành bao lâu?", "{product} có bảo hành không?", "{product} của tôi bị hỏng sau hai tháng dùng."]},
        good={"en": ["The {product} has a 12-month warranty. If it stops working, send us your order number and we will repair or replace it for free.",
                     "Yes, the {product} is covered for one year. Share your order number and a short description, and we will arrange a free repair."],
              "vi": ["{product} được bảo hành 12 tháng. Nếu sản phẩm bị lỗi, bạn gửi mã đơn hàng, shop sẽ sửa hoặc đổi mới miễn phí.",
                     "Dạ có ạ, {product} được bảo hành một năm. Bạn gửi mã đơn hàng và mô tả ngắn, shop sẽ sắp xếp sửa miễn phí."]}),
    dict(id="product_info", cat="product", prompts={
        "en": ["Can you tell me more about the {product}?", "Is the {product} a good gift?", "What colors does the {product} come in?"],
        "vi": ["Bạn cho tôi biết thêm về {product} được không?", "{product} có hợp làm quà không?", "{product} có những màu nào?"]},
        good={"en": ["The {product} is one of our best sellers. It comes in black, white and blue, and it has a 12-month warranty.",
                     "Sure! The {product} is popular as a gift. It comes in three colors, and we can add gift wrapping for free."],
              "vi": ["{product} là một trong những sản phẩm bán chạy nhất của shop. Có ba màu đen, trắng và xanh, bảo hành 12 tháng.",
                     "Dạ có ạ! {product} rất được ưa chuộng để làm quà. Có ba màu, và shop gói quà miễn phí cho bạn."]}),
    dict(id="store_hours", cat="store", prompts={
        "en": ["What are your opening hours?", "Is your store in {city} open on Sunday?", "Where is your shop in {city}?"],
        "vi": ["Cửa hàng mở cửa lúc mấy giờ?", "Cửa hàng ở {city} có mở Chủ nhật không?", "Cửa hàng của shop ở {city} nằm ở đâu?"]},
        good={"en": ["Our store in {city} is open every day from 8 am to 9 pm, Sunday included. The online shop is open around the clock.",
                     "We are open from 8 am to 9 pm every day. You can find the address of the {city} store on our Contact page."],
              "vi": ["Cửa hàng ở {city} mở cửa từ 8 giờ sáng đến 9 giờ tối mỗi ngày, kể cả Chủ nhật. Cửa hàng online hoạt động 24/7.",
                     "Shop mở cửa từ 8 giờ sáng đến 9 giờ tối hằng ngày. Địa chỉ cửa hàng ở {city} có trong trang Liên hệ."]}),
    dict(id="human", cat="support", prompts={
        "en": ["Can I talk to a real person?", "I want to speak to a manager.", "Do you have a phone number?"],
        "vi": ["Tôi muốn nói chuyện với nhân viên thật.", "Cho tôi gặp quản lý.", "Shop có số điện thoại không?"]},
        good={"en": ["Of course. You can call our team at 1900 1234 from 8 am to 9 pm, or I can ask an agent to call you back.",
                     "Sure, I will connect you with a colleague. The waiting time is about five minutes. Thanks for your patience!"],
              "vi": ["Dạ được ạ. Bạn gọi tổng đài 1900 1234 từ 8 giờ sáng đến 9 giờ tối, hoặc mình nhờ nhân viên gọi lại cho bạn.",
                     "Dạ vâng, mình sẽ chuyển bạn tới đồng nghiệp. Thời gian chờ khoảng năm phút. Cảm ơn bạn đã kiên nhẫn!"]}),
    dict(id="greeting", cat="small_talk", prompts={
        "en": ["Hi!", "Hello there.", "Good morning!", "Hey, are you there?"],
        "vi": ["Xin chào!", "Chào bạn.", "Chào buổi sáng!", "Alo, có ai không?"]},
        good={"en": ["Hello! I'm the Lotus Shop assistant. How can I help you today?",
                     "Hi there! How can I help you with your order or our products?"],
              "vi": ["Xin chào! Mình là trợ lý của Lotus Shop. Mình có thể giúp gì cho bạn hôm nay?",
                     "Chào bạn! Mình có thể giúp gì về đơn hàng hoặc sản phẩm của shop?"]}),
    dict(id="thanks", cat="small_talk", prompts={
        "en": ["Thank you so much!", "Thanks, that helped.", "Great, thanks for your help."],
        "vi": ["Cảm ơn bạn nhiều!", "Cảm ơn, vậy là ổn rồi.", "Tuyệt, cảm ơn bạn đã giúp."]},
        good={"en": ["You're welcome! Have a great day.", "Happy to help! Let me know if you need anything else."],
              "vi": ["Không có gì ạ! Chúc bạn một ngày tốt lành.", "Rất vui được giúp bạn! Bạn cần gì thêm cứ nhắn mình nhé."]}),
    dict(id="who", cat="small_talk", prompts={
        "en": ["Who are you?", "Are you a robot?", "What can you do?"],
        "vi": ["Bạn là ai?", "Bạn là robot à?", "Bạn giúp được gì?"]},
        good={"en": ["I'm the virtual assistant of Lotus Shop. I can track orders, handle returns and refunds, and answer questions about our products.",
                     "I'm an AI assistant for Lotus Shop. I can help with orders, shipping, returns, payments and your account."],
              "vi": ["Mình là trợ lý ảo của Lotus Shop. Mình có thể tra cứu đơn hàng, hỗ trợ trả hàng, hoàn tiền và trả lời câu hỏi về sản phẩm.",
                     "Mình là trợ lý AI của Lotus Shop. Mình hỗ trợ về đơn hàng, giao hàng, trả hàng, thanh toán và tài khoản."]}),
    dict(id="weather", cat="small_talk", prompts={
        "en": ["How is the weather in {city} today?", "Can you recommend a good restaurant in {city}?"],
        "vi": ["Hôm nay thời tiết ở {city} thế nào?", "Bạn gợi ý giúp tôi một quán ăn ngon ở {city}?"]},
        good={"en": ["I'm sorry, I can only help with Lotus Shop orders and products. Is there anything about your order I can help with?",
                     "That is outside what I can help with, sorry. I can help with orders, shipping and returns at Lotus Shop."],
              "vi": ["Xin lỗi bạn, mình chỉ hỗ trợ về đơn hàng và sản phẩm của Lotus Shop. Bạn có cần mình giúp gì về đơn hàng không?",
                     "Câu này nằm ngoài phạm vi hỗ trợ của mình, xin lỗi bạn. Mình có thể giúp về đơn hàng, giao hàng và trả hàng."]}),
]

# Answers people reject. Curt and evasive ones also appear (rarely) in the SFT
# corpus so the demo model is imperfect in the way DPO can fix.
CURT = {"en": ["Check the website.", "Look in the app.", "Read the email we sent.", "Not my department.", "Ask later."],
        "vi": ["Xem trên web đi.", "Tự xem trong ứng dụng.", "Đọc email đi.", "Không phải việc của tôi.", "Hỏi sau nhé."]}
EVASIVE = {"en": ["That depends on many factors. Please contact the relevant department for more information.",
                  "I cannot say for sure. Things like this can vary, so please try again later.",
                  "We are looking into many requests right now. Please be patient."],
           "vi": ["Việc này còn tùy vào nhiều yếu tố. Bạn vui lòng liên hệ bộ phận liên quan để biết thêm.",
                  "Tôi không chắc. Chuyện này có thể thay đổi, bạn thử lại sau nhé.",
                  "Hiện tại có rất nhiều yêu cầu. Bạn vui lòng kiên nhẫn."]}
RUDE = {"en": ["I already told you, it is in the app. Stop asking the same thing.", "Not my problem. Figure it out yourself.",
               "Seriously? Just read the website before you write to us.", "We are busy. Wait like everyone else."],
        "vi": ["Tôi nói rồi, xem trong ứng dụng đi. Đừng hỏi mãi một câu.", "Không phải chuyện của tôi. Tự tìm hiểu đi.",
               "Thật hả? Đọc trang web trước khi nhắn cho chúng tôi chứ.", "Chúng tôi đang bận. Chờ như mọi người đi."]}
RAMBLE = {"en": ["Well, thank you for your message, we really value every customer and we always try our best, and there are so many things that "
                 "can affect something like this, such as the season, the warehouse, the weather and the roads, so it is really hard to say "
                 "anything for sure, but we hope you understand, and please remember that we value you and thank you again for your message.",
                 "Let me start by saying that our company was founded many years ago with a mission to serve customers, and over the years we "
                 "have grown a lot, and we have many products and many services, and our team works very hard every day, and we believe that "
                 "this is very important, and so on, and we will surely look at everything when we have time."],
          "vi": ["Dạ, cảm ơn bạn đã nhắn tin, shop luôn trân trọng từng khách hàng và luôn cố gắng hết sức, và có rất nhiều thứ có thể ảnh hưởng "
                 "tới chuyện này, ví dụ như mùa vụ, kho hàng, thời tiết và đường xá, nên thật sự rất khó nói chắc chắn điều gì, nhưng mong bạn "
                 "thông cảm, và xin bạn nhớ rằng shop luôn trân trọng bạn và một lần nữa cảm ơn bạn đã nhắn tin.",
                 "Trước hết xin nói rằng công ty chúng tôi được thành lập từ nhiều năm trước với sứ mệnh phục vụ khách hàng, và qua nhiều năm "
                 "chúng tôi đã phát triển rất nhiều, có rất nhiều sản phẩm và dịch vụ, đội ngũ làm việc rất chăm chỉ mỗi ngày, và chúng tôi tin "
                 "rằng điều đó rất quan trọng, vân vân, và chắc chắn chúng tôi sẽ xem xét mọi thứ khi có thời gian."]}
# Answers that guess instead of asking for the order number (rejected for needs_order intents).
GUESS = {"en": ["Your order is on the way and will arrive tomorrow.", "It is done, do not worry about it."],
         "vi": ["Đơn của bạn đang được giao, mai sẽ tới.", "Xong rồi, bạn đừng lo."]}


def fill(rng, text, lang, slots=None):
    s = dict(slots or {})
    s.setdefault("order", order_no(rng))
    s.setdefault("product", rng.choice(PRODUCTS[lang]))
    s.setdefault("city", rng.choice(CITIES[lang]))
    s.setdefault("fee", rng.choice(FEES[lang]))
    s.setdefault("days", rng.choice(DAYS))
    s.setdefault("threshold", THRESHOLD[lang])
    out = text.format(**s)
    return out[0].upper() + out[1:], s


def dialogue(rng, intent, lang):
    """A prompt and its slots; answers are filled with the same slots."""
    prompt, slots = fill(rng, rng.choice(intent["prompts"][lang]), lang)
    return prompt, slots


def good_answer(rng, intent, lang, slots):
    return fill(rng, rng.choice(intent["good"][lang]), lang, slots)[0]


def bad_answer(rng, intent, lang):
    kinds = [RUDE, RAMBLE, EVASIVE, CURT] + ([GUESS, GUESS] if intent.get("needs_order") else [])
    return rng.choice(rng.choice(kinds)[lang])


def chat(role, text):
    return [{"role": role, "content": text}]


def main():
    rng = random.Random(SEED)
    langs = ["en", "vi"]

    # Prompts of the demo workspace: distinct, balanced over intents and languages.
    prompts, seen = [], set()
    while len(prompts) < 320:
        intent, lang = rng.choice(INTENTS), rng.choice(langs)
        p, _ = dialogue(rng, intent, lang)
        if p in seen:
            continue
        seen.add(p)
        prompts.append({"prompt": chat("user", p), "category": intent["cat"], "language": lang})

    # SFT corpus: 80 % good answers, 20 % curt or evasive (never rude).
    corpus = []
    for _ in range(4000):
        intent, lang = rng.choice(INTENTS), rng.choice(langs)
        p, slots = dialogue(rng, intent, lang)
        r = rng.random()
        a = good_answer(rng, intent, lang, slots) if r < 0.8 else rng.choice((CURT if r < 0.9 else EVASIVE)[lang])
        corpus.append({"prompt": chat("user", p), "completion": chat("assistant", a), "category": intent["cat"], "language": lang})

    # Seed preference pairs on prompts of their own (not the workspace's).
    pairs = []
    while len(pairs) < 400:
        intent, lang = rng.choice(INTENTS), rng.choice(langs)
        p, slots = dialogue(rng, intent, lang)
        if p in seen:
            continue
        seen.add(p)
        pairs.append({"prompt": chat("user", p), "chosen": chat("assistant", good_answer(rng, intent, lang, slots)),
                      "rejected": chat("assistant", bad_answer(rng, intent, lang)), "category": intent["cat"], "language": lang})

    def write(name, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")

    write("prompts.jsonl", prompts)
    write("corpus.jsonl", corpus)
    write("seed_pairs.jsonl", pairs)
    texts = set()
    for r in prompts + corpus + pairs:
        for k in ("prompt", "completion", "chosen", "rejected"):
            if k in r:
                texts.add(r[k][0]["content"])
    with open(os.path.join(HERE, "tokenizer_corpus.txt"), "w", encoding="utf-8") as f:
        for t in sorted(texts):
            f.write(t + "\n")
    print("prompts %d, corpus %d, seed pairs %d, tokenizer texts %d" % (len(prompts), len(corpus), len(pairs), len(texts)))


if __name__ == "__main__":
    main()
