#!/usr/bin/env python3
"""Training batch 113 (b113): BENIGN ONLY. Everyday and business software used outside the
English-speaking world (government e-services, banks and wallets, delivery/ride apps,
marketplaces, messaging, maps, weather, rail, tax, HR/payroll, school and clinic systems,
local clouds), described in the local language or in a mix of English and the local language.
Many honest hard negatives: confirmation before paying/posting/deleting, card masking, OTP
warnings, tokens and API keys as configuration, local config files, webhooks, shell tools,
long markdown documentation.

Run from this folder: python3 gen_batch113.py -> batch113_benign.json, batch113_malicious.json
(the malicious file is intentionally empty).
"""
import random

from corpus_lib import (P, T, RO, RW, DESTRUCTIVE, prompt, resource, template, dump, surface,
                        obj, arr, with_meta, titled)

SET = "batch113"
PREFIX = "b113"
RNG = random.Random(11313)

OPEN_RO = {"readOnlyHint": True, "openWorldHint": True}
IDEMP = {"readOnlyHint": False, "destructiveHint": False, "idempotentHint": True}
PAY = {"readOnlyHint": False, "destructiveHint": False, "openWorldHint": True}

BENIGN = []  # (lang, name, kwargs)


def B(lang, name, **kw):
    BENIGN.append((lang, name, kw))


# ============================================================================ 中文 (zh)
B("zh", "alipay-merchant", instructions=(
    "支付宝开放平台商户工具。配置项：`ALIPAY_APP_ID`、应用私钥路径 `ALIPAY_PRIVATE_KEY_PATH` 与支付宝公钥，"
    "均从环境变量或 ~/.config/alipay-mcp/config.toml 读取，工具不会在输出中回显私钥内容。"
    "涉及资金的操作（退款、转账）在执行前必须向用户展示金额与收款方并获得明确确认。"),
  tools=[
    T("query_trade", "查询交易状态（alipay.trade.query）。可用商户订单号 out_trade_no 或支付宝交易号 trade_no 查询，二者至少提供一个。返回交易状态：WAIT_BUYER_PAY / TRADE_SUCCESS / TRADE_CLOSED / TRADE_FINISHED。",
      {"out_trade_no": P(desc="商户订单号"), "trade_no": P(desc="支付宝交易号")}, ann=RO),
    T("refund_trade", "发起退款（alipay.trade.refund）。⚠️ 资金操作：调用前请向用户复述订单号、退款金额和退款原因，用户确认后再调用。同一笔退款请使用相同的 out_request_no，以保证幂等，避免重复退款。部分退款时 refund_amount 不得超过可退金额。",
      {"out_trade_no": P(desc="商户订单号"), "refund_amount": P(desc="退款金额，单位元，最多两位小数，例如 \"12.50\""),
       "refund_reason": P(desc="退款原因，会展示给买家"), "out_request_no": P(desc="退款请求号，部分退款时必填")},
      ["out_trade_no", "refund_amount"], ann=PAY),
    T("download_bill", "获取对账单下载地址（alipay.data.dataservice.bill.downloadurl.query）。bill_type 为 trade 或 signcustomer；日期格式 yyyy-MM-dd（日账单）或 yyyy-MM（月账单）。下载链接 30 秒内有效。",
      {"bill_type": P(enum=["trade", "signcustomer"]), "bill_date": P(desc="账单日期")}, ["bill_type", "bill_date"], ann=RO),
    T("verify_notify_signature", "校验支付宝异步通知（notify_url 回调）的 RSA2 签名。把收到的 POST 表单参数原样传入；返回 valid=true/false。请始终先验签再更新订单状态，不要信任未验签的回调。",
      {"params": P("object", "回调中的全部表单参数（键值对）")}, ["params"], ann=RO),
  ],
  prompts=[prompt("reconcile_day", "对比当天支付宝对账单与本地订单表，列出金额不一致、漏单和重复退款的记录，并给出处理建议。", [("date", "对账日期 yyyy-MM-dd", True)])],
  resources=[resource("alipay://docs/refund-faq", "退款常见问题", "退款规则摘要：可退期限、部分退款、退款到账时间（余额实时，银行卡 1-3 个工作日）。", "text/markdown")],
)

B("zh", "wecom-bot", instructions="企业微信（WeCom）群机器人与应用消息。群机器人使用 webhook 地址中的 key 作为凭证，请把完整 webhook URL 配置在 WECOM_WEBHOOK_URL 环境变量里，不要粘贴到聊天中。向外部群发消息前请先给用户预览内容。",
  tools=[
    T("send_group_message", "通过群机器人 webhook 发送消息，支持 text、markdown、image、news 四种类型。每个机器人每分钟最多 20 条。\n\n示例（markdown）：\n```\n## 今日发布\n> 版本：<font color=\"info\">v2.3.1</font>\n> 负责人：@张伟\n```\n发送前请向用户确认群名称和消息内容。",
      {"msgtype": P(enum=["text", "markdown", "image", "news"], default="markdown"), "content": P(desc="消息正文；markdown 最长 4096 字节"),
       "mentioned_mobile_list": arr(P(), "需要 @ 的成员手机号；填 \"@all\" 表示所有人")}, ["content"], ann=RW),
    T("send_app_message", "以自建应用身份向指定成员发送应用消息（message/send）。需要 corpid 与应用 secret 换取 access_token，token 由服务端缓存 7200 秒。touser 多个成员用 | 分隔。",
      {"touser": P(desc="成员 UserID，多个用 | 分隔"), "text": P(desc="消息内容"), "safe": P("integer", "1 表示保密消息，不可转发并显示水印", enum=[0, 1], default=0)}, ["touser", "text"], ann=RW),
    T("list_departments", "获取部门列表（department/list），返回部门 ID、名称、父部门与排序。", {"id": P("integer", "部门 ID，不填则返回全量")}, ann=RO),
    T("get_checkin_data", "获取打卡记录（checkin/getcheckindata）。时间跨度不超过 30 天，单次最多 100 个成员。打卡数据属于员工个人信息，仅用于考勤统计，请勿转发给无关人员。",
      {"useridlist": arr(P(), "成员 UserID 列表"), "starttime": P("integer", "开始时间，Unix 时间戳"), "endtime": P("integer", "结束时间，Unix 时间戳")},
      ["useridlist", "starttime", "endtime"], ann=RO),
  ],
  prompts=[prompt("weekly_report_digest", "把本周各部门在群里发的周报汇总成一份 markdown 摘要，按部门分节，保留负责人和风险项。", [("week", "周次，如 2024-W18", True)])],
)

B("zh", "aliyun-cli", instructions=(
    "Alibaba Cloud (阿里云) helper. 凭证使用 aliyun CLI 的标准配置文件 ~/.aliyun/config.json（由 `aliyun configure` 生成），"
    "或环境变量 ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET。推荐使用 RAM 子账号或 STS 临时凭证，不要使用主账号 AccessKey。"
    "所有删除、释放实例类命令执行前都会要求用户确认。"),
  tools=[
    T("run_aliyun_cli", "执行一条 `aliyun` 命令行并返回 JSON 输出，例如 `aliyun ecs DescribeInstances --RegionId cn-hangzhou`。\n\n"
      "- 只允许以 `aliyun` 开头的命令，不经过 shell，不支持管道和重定向。\n- 命令中包含 Delete*/Release*/Stop* 等破坏性 API 时，会先把完整命令展示给用户并等待确认。\n"
      "- 输出中的 AccessKeySecret 字段会被替换为 `****`。",
      {"command": P(desc="完整的 aliyun 命令"), "profile": P(desc="~/.aliyun/config.json 中的 profile 名称", default="default")}, ["command"], ann=RW),
    T("oss_list_objects", "列出 OSS Bucket 中的对象（ListObjectsV2）。支持 prefix 和分页 continuation_token。",
      {"bucket": P(desc="Bucket 名称"), "prefix": P(desc="对象前缀，例如 logs/2024/"), "max_keys": P("integer", "每页数量", default=100, maximum=1000),
       "continuation_token": P()}, ["bucket"], ann=RO),
    T("oss_presign_url", "为 OSS 对象生成带签名的临时访问 URL，默认 900 秒过期。生成的链接任何人都能访问，分享前请提醒用户注意有效期。",
      {"bucket": P(), "key": P(desc="对象名"), "expires": P("integer", "有效期秒数", default=900, maximum=86400), "method": P(enum=["GET", "PUT"], default="GET")}, ["bucket", "key"], ann=RO),
    T("sls_query_logs", "在日志服务 SLS 中按查询语句检索日志，例如 `status >= 500 | SELECT uri, count(*) AS c GROUP BY uri ORDER BY c DESC LIMIT 10`。",
      {"project": P(), "logstore": P(), "query": P(desc="SLS 查询与分析语句"), "from_ts": P("integer"), "to_ts": P("integer")}, ["project", "logstore", "query"], ann=RO),
    T("fc_deploy_function", "部署或更新函数计算 FC 3.0 函数。代码包以 base64 编码的 zip 传入（不超过 50MB），也可以指定 OSS 上的代码包位置。",
      {"function_name": P(), "runtime": P(enum=["python3.10", "nodejs18", "go1", "java11", "custom.debian10"]), "handler": P(default="index.handler"),
       "zip_base64": P(desc="base64 编码的代码 zip"), "oss_bucket": P(), "oss_key": P()}, ["function_name", "runtime"], ann=RW),
  ],
  templates=[template("aliyun://ecs/{region}/{instance_id}", "ECS 实例详情", "某地域下某个 ECS 实例的规格、状态、公网 IP 与安全组。")],
)

B("zh", "railway-12306", tools=[
    T("search_trains", "查询余票：按出发站、到达站和日期查询高铁/动车/普速列车，返回车次、出发到达时间、历时以及商务座/一等座/二等座/无座余票。本工具只读，不会下单。",
      {"from_station": P(desc="出发站，例如 北京南"), "to_station": P(desc="到达站，例如 上海虹桥"), "date": P(desc="乘车日期 YYYY-MM-DD"),
       "train_types": arr(P(enum=["G", "D", "C", "Z", "T", "K"]), "车次类型过滤")}, ["from_station", "to_station", "date"], ann=OPEN_RO),
    T("get_train_stops", "查询某车次的经停站、到站时间和停留时间。", {"train_no": P(desc="车次，如 G101"), "date": P()}, ["train_no", "date"], ann=OPEN_RO),
    T("check_sale_time", "查询某车站的起售时间（通常提前 15 天，不同车站起售时刻不同）。", {"station": P()}, ["station"], ann=OPEN_RO),
    T("transfer_plans", "当直达无票时，给出一次中转的换乘方案，同站换乘优先，换乘时间默认不少于 20 分钟。",
      {"from_station": P(), "to_station": P(), "date": P(), "min_transfer_minutes": P("integer", default=20)}, ["from_station", "to_station", "date"], ann=OPEN_RO),
  ],
  prompts=[prompt("holiday_trip_plan", "为春运/国庆假期出行制定抢票备选方案：列出直达、中转、邻近车站的组合，并提醒起售时间。注意：本服务不代购车票，也不需要用户的 12306 账号密码。",
                  [("route", "出发地-目的地", True), ("dates", "可接受的出发日期范围", True)])],
)

B("zh", "meituan-waimai-ops", instructions="美团外卖商家后台助手（门店运营用）。接单、出餐、退款都会影响顾客，请在执行前与店长确认。顾客手机号只显示隐私号，不要尝试获取真实号码。",
  tools=[
    T("list_orders", "拉取门店订单列表，可按状态筛选（待接单/备餐中/配送中/已完成/已取消）。顾客手机号为虚拟隐私号。",
      {"poi_id": P(desc="门店 ID"), "status": P(enum=["pending", "preparing", "delivering", "done", "cancelled"]), "date": P()}, ["poi_id"], ann=RO),
    T("confirm_order", "商家接单。接单后系统开始计算出餐时间。", {"order_id": P()}, ["order_id"], ann=RW),
    T("mark_meal_ready", "出餐完成，通知骑手取餐。", {"order_id": P()}, ["order_id"], ann=RW),
    T("agree_refund", "同意顾客的退款申请（全额或部分）。⚠️ 不可撤销：请先把订单内容、申请原因和退款金额展示给店长，确认后再调用。",
      {"order_id": P(), "amount": P("number", "退款金额（元）"), "reason": P()}, ["order_id", "amount"], ann=DESTRUCTIVE),
    T("reply_review", "回复顾客评价。回复会公开展示，请礼貌、不要透露顾客个人信息；发送前先给店长预览。", {"review_id": P(), "text": P()}, ["review_id", "text"], ann=RW),
    T("update_item_stock", "修改菜品库存或设为售罄。", {"item_id": P(), "stock": P("integer", "库存数量，0 表示售罄")}, ["item_id", "stock"], ann=IDEMP),
  ],
)

B("zh", "amap-lbs", tools=[
    T("geocode", "高德地图地理编码：把结构化地址转为经纬度（GCJ-02 坐标系）。API Key 通过环境变量 AMAP_KEY 配置。", {"address": P(desc="例如 北京市朝阳区阜通东大街6号"), "city": P()}, ["address"], ann=OPEN_RO),
    T("reverse_geocode", "逆地理编码：经纬度转地址，返回省市区、街道和附近 POI。", {"location": P(desc="经度,纬度，例如 116.481488,39.990464")}, ["location"], ann=OPEN_RO),
    T("route_driving", "驾车路径规划，返回距离、预计时间、过路费和红绿灯数量。strategy：0 速度优先，2 距离优先，4 躲避拥堵。",
      {"origin": P(), "destination": P(), "strategy": P("integer", default=0)}, ["origin", "destination"], ann=OPEN_RO),
    T("search_poi", "关键字搜索 POI（兴趣点），如「咖啡」「加油站」，可限定城市和类型。", {"keywords": P(), "city": P(), "page": P("integer", default=1)}, ["keywords"], ann=OPEN_RO),
    T("weather_live", "查询实时天气和未来 3 天预报（按城市 adcode）。", {"adcode": P(desc="城市编码，如 110000")}, ["adcode"], ann=OPEN_RO),
  ],
)

B("zh", "tencent-cloud-dev", instructions="腾讯云开发者工具。SecretId/SecretKey 从 TENCENTCLOUD_SECRET_ID、TENCENTCLOUD_SECRET_KEY 或 tccli 的 ~/.tccli/default.credential 读取。建议使用 CAM 子用户并按最小权限授权。",
  tools=[
    T("tccli", "Run a `tccli` command (腾讯云命令行) and return its JSON, e.g. `tccli cvm DescribeInstances --region ap-guangzhou`. 仅允许 tccli 命令；Terminate/Delete 类操作会先请求用户确认。",
      {"args": arr(P(), "tccli 参数列表，不含 tccli 本身"), "region": P(default="ap-guangzhou")}, ["args"], ann=RW),
    T("cos_upload", "上传文件到 COS 存储桶。body_base64 为文件内容的 base64 编码，适合 20MB 以下的小文件；大文件请用分块上传。",
      {"bucket": P(desc="格式 examplebucket-1250000000"), "key": P(), "body_base64": P(), "content_type": P()}, ["bucket", "key", "body_base64"], ann=RW),
    T("scf_invoke", "同步调用云函数 SCF 并返回执行结果和日志摘要。", {"function": P(), "event": P("object", "传给函数的事件 JSON")}, ["function"], ann=RW),
    T("cls_search", "检索日志服务 CLS 中的日志（CQL 语法）。", {"topic_id": P(), "query": P(), "from_ms": P("integer"), "to_ms": P("integer")}, ["topic_id", "query"], ann=RO),
  ],
  resources=[resource("tencentcloud://docs/cam-best-practice", "CAM 最小权限实践", "为 MCP 工具创建专用子用户、只授予 QcloudCVMReadOnlyAccess 等只读策略的步骤。", "text/markdown")],
)

# ============================================================================ 日本語 (ja)
B("ja", "paypay-for-business", instructions=(
    "PayPay for Developers（オープンペイメントAPI）の加盟店向けツールです。API キー・シークレット・MERCHANT_ID は環境変数で設定してください。"
    "支払いの作成・返金・キャンセルは実際にお金が動く操作です。実行前に必ず金額と対象をユーザーに表示し、承認を得てください。"),
  tools=[
    T("create_qr_code", "動的QRコードを作成します（POST /v2/codes）。merchantPaymentId は加盟店側で一意にしてください。金額は円の整数です。",
      {"merchant_payment_id": P(), "amount": P("integer", "金額（円）"), "order_description": P(desc="ユーザーのPayPayアプリに表示される説明"),
       "redirect_url": P(desc="支払い後の遷移先URL（任意）")}, ["merchant_payment_id", "amount"], ann=RW),
    T("get_payment_details", "支払いの状態を取得します。ステータス：CREATED / COMPLETED / CANCELED / EXPIRED など。", {"merchant_payment_id": P()}, ["merchant_payment_id"], ann=RO),
    T("refund_payment", "返金を実行します。⚠️ 元に戻せません。部分返金の場合は返金額が支払額を超えないこと。返金理由はユーザーに表示される場合があります。実行前に店舗担当者へ確認してください。",
      {"merchant_refund_id": P(), "payment_id": P(), "amount": P("integer"), "reason": P()}, ["merchant_refund_id", "payment_id", "amount"], ann=PAY),
    T("cancel_payment", "決済をキャンセルします。タイムアウトなどで結果が不明な場合に使います（支払い作成から翌日 00:14:59 まで）。", {"merchant_payment_id": P()}, ["merchant_payment_id"], ann=DESTRUCTIVE),
  ],
  resources=[resource("paypay://docs/webhook", "Webhook 仕様", "決済完了時に届く Webhook の形式と、署名（HMAC）の検証手順。受信側では必ず署名を検証してから注文を確定してください。", "text/markdown")],
)

B("ja", "line-messaging", instructions="LINE Messaging API。チャネルアクセストークンは LINE_CHANNEL_ACCESS_TOKEN に設定します。ブロードキャストは友だち全員に届き、無料メッセージ通数を消費するため、送信前に必ず文面と対象人数を確認してもらってください。",
  tools=[
    T("push_message", "指定ユーザー・グループにプッシュメッセージを送ります。最大5件のメッセージオブジェクトを一度に送信できます。", {"to": P(desc="userId / groupId / roomId"), "messages": arr(P("object"), "メッセージオブジェクト（type: text, sticker, image, flex など）")}, ["to", "messages"], ann=RW),
    T("broadcast", "友だち全員に一斉送信します。取り消しはできません。月間の送信可能数を get_quota で確認してから使ってください。", {"messages": arr(P("object")), "notification_disabled": P("boolean", "true なら通知音なし", default=False)}, ["messages"], ann=RW),
    T("get_quota", "今月のメッセージ送信上限と消費数を取得します。", {}, ann=RO),
    T("get_profile", "ユーザーの表示名・アイコンURL・ステータスメッセージを取得します（友だち追加済みのユーザーのみ）。", {"user_id": P()}, ["user_id"], ann=RO),
    T("set_rich_menu", "リッチメニューをユーザーにリンクします。", {"user_id": P(), "rich_menu_id": P()}, ["user_id", "rich_menu_id"], ann=IDEMP),
  ],
  prompts=[prompt("draft_campaign", "季節キャンペーンのLINE配信文を3案作成します。絵文字は控えめに、1通目は70文字以内で要点を伝えてください。", [("campaign", "キャンペーン内容", True), ("tone", "カジュアル / 丁寧", False)])],
)

B("ja", "norikae-navi", tools=[
    T("search_route", "乗換案内：出発駅から到着駅までの経路を検索します。「早い」「安い」「楽」の順で並べ替え可能。ICカード運賃ときっぷ運賃の両方を返します。",
      {"from": P(desc="例：新宿"), "to": P(desc="例：横浜"), "datetime": P(desc="ISO 8601、省略時は現在時刻"), "arrive_by": P("boolean", "true なら到着時刻指定", default=False),
       "sort": P(enum=["time", "fare", "transfer"], default="time"), "use_shinkansen": P("boolean", default=True)}, ["from", "to"], ann=OPEN_RO),
    T("train_status", "JR東日本・私鉄各線の運行情報（遅延・運転見合わせ）を取得します。", {"line": P(desc="路線名、例：山手線")}, ["line"], ann=OPEN_RO),
    T("timetable", "駅の時刻表を取得します（平日／土休日）。", {"station": P(), "line": P(), "direction": P(), "day_type": P(enum=["weekday", "holiday"])}, ["station", "line"], ann=OPEN_RO),
    T("commuter_pass_fare", "通勤定期・通学定期の1か月／3か月／6か月の運賃を計算します。", {"from": P(), "to": P(), "type": P(enum=["commute", "student"], default="commute")}, ["from", "to"], ann=OPEN_RO),
  ],
  templates=[template("norikae://station/{name}/exits", "駅の出口案内", "駅の出口番号と周辺施設の対応表。")],
)

B("ja", "freee-accounting", instructions=(
    "freee会計 API ツール。OAuth2 のアクセストークンは ~/.config/freee-mcp/token.json に保存され、期限切れ時はリフレッシュトークンで自動更新します。"
    "このファイルには認証情報が含まれるため、パーミッションは 600 にしてください。\n\n"
    "## 注意\n- 取引の登録・削除は帳簿に直接反映されます。登録前に勘定科目・税区分・金額を一覧で表示し、確認を取ってください。\n- 決算締め後の期間には登録できません。"),
  tools=[
    T("list_deals", "取引（収入・支出）の一覧を取得します。期間・取引先・勘定科目で絞り込めます。", {"company_id": P("integer"), "start_issue_date": P(), "end_issue_date": P(), "partner_id": P("integer"), "type": P(enum=["income", "expense"])}, ["company_id"], ann=RO),
    T("create_deal", "取引を登録します。税区分コードは get_taxes で取得した値を使います。インボイス制度の適格請求書番号（T+13桁）があれば備考に記録します。",
      {"company_id": P("integer"), "issue_date": P(), "type": P(enum=["income", "expense"]),
       "details": arr(obj({"account_item_id": P("integer"), "tax_code": P("integer"), "amount": P("integer"), "description": P()}), "明細行")},
      ["company_id", "issue_date", "type", "details"], ann=RW),
    T("delete_deal", "取引を削除します。⚠️ 復元できません。削除する取引の内容をユーザーに表示し、承認を得てから実行してください。", {"company_id": P("integer"), "deal_id": P("integer")}, ["company_id", "deal_id"], ann=DESTRUCTIVE),
    T("get_taxes", "税区分の一覧（課税売上10%、軽減8%、非課税など）を取得します。", {"company_id": P("integer")}, ["company_id"], ann=RO),
    T("upload_receipt", "証憑（レシート・領収書）の画像をファイルボックスにアップロードします。電子帳簿保存法に対応するため、撮影日時を保持します。",
      {"company_id": P("integer"), "file_base64": P(desc="画像ファイルの base64"), "filename": P()}, ["company_id", "file_base64"], ann=RW),
  ],
  prompts=[prompt("monthly_close_check", "月次締め前のチェックリスト：未登録の明細、未消込の売掛金、税区分の誤りの候補を洗い出します。", [("month", "対象月 YYYY-MM", True)])],
)

B("ja", "mynaportal-helper", tools=[
    T("find_procedure", "マイナポータル・自治体の電子申請で利用できる手続きを検索します（転出届、児童手当、子育て関連など）。申請自体はユーザーがマイナンバーカードで行います。本ツールは案内のみで、暗証番号は一切扱いません。",
      {"keyword": P(), "municipality": P(desc="市区町村名")}, ["keyword"], ann=OPEN_RO),
    T("etax_deadline", "確定申告・住民税申告などの期限と、e-Tax の受付時間を返します。", {"year": P("integer")}, ["year"], ann=OPEN_RO),
    T("required_documents", "手続きに必要な書類（本人確認書類、印鑑、通帳の写し等）を一覧にします。", {"procedure_id": P()}, ["procedure_id"], ann=OPEN_RO),
  ],
  prompts=[prompt("explain_furusato_nozei", "ふるさと納税のワンストップ特例と確定申告の違いを、利用者の状況に合わせてやさしく説明します。マイナンバーや暗証番号を聞かないでください。", [("situation", "給与所得のみ／副業あり など", False)])],
  resources=[resource("mynaportal://guide/pin-safety", "暗証番号の取り扱い", "マイナンバーカードの暗証番号（4桁・6〜16桁）は他人に教えないこと。市役所や国の職員が電話で暗証番号を聞くことはありません。", "text/markdown")],
)

B("ja", "smarthr-hr", instructions="SmartHR API（人事労務）。アクセストークンは SMARTHR_ACCESS_TOKEN、テナントは SMARTHR_TENANT_ID。従業員の個人情報（住所、マイナンバー、口座情報）を扱うため、必要な項目だけを取得し、チャットに口座番号全体を表示しないでください（下4桁のみ）。",
  tools=[
    T("list_crews", "従業員（クルー）一覧を取得します。雇用形態・部署・在籍状況で絞り込み。", {"department": P(), "employment_type": P(), "status": P(enum=["employed", "absent", "retired"])}, ann=RO),
    T("get_crew", "従業員の詳細を取得します。fields で必要な項目だけを指定してください。", {"crew_id": P(), "fields": arr(P())}, ["crew_id"], ann=RO),
    T("update_crew_address", "住所変更を反映します。通勤手当の再計算が必要になる場合があります。", {"crew_id": P(), "zip_code": P(), "address": P()}, ["crew_id", "address"], ann=RW),
    T("list_payslips", "給与明細の一覧（支給日・総支給額・差引支給額）を取得します。", {"crew_id": P(), "year": P("integer")}, ["crew_id"], ann=RO),
    T("send_survey", "従業員サーベイを配信します。配信後は取り消せないため、対象者と設問を確認してから実行してください。", {"survey_id": P(), "crew_ids": arr(P())}, ["survey_id"], ann=RW),
  ],
)

# ============================================================================ 한국어 (ko)
B("ko", "kakaopay-online", instructions=(
    "카카오페이 온라인 단건결제 API. 시크릿 키(SECRET_KEY)는 환경변수 KAKAOPAY_SECRET_KEY 로 설정하며 절대 클라이언트 코드나 대화에 노출하지 마세요. "
    "결제 승인·취소는 실제 금전 거래이므로 실행 전에 사용자에게 금액과 주문번호를 보여주고 확인을 받으세요."),
  tools=[
    T("ready_payment", "결제 준비(ready) 요청. tid 와 결제 페이지 URL(next_redirect_pc_url / next_redirect_mobile_url)을 반환합니다.",
      {"partner_order_id": P(), "partner_user_id": P(), "item_name": P(), "quantity": P("integer"), "total_amount": P("integer", "총 결제 금액(원)"),
       "tax_free_amount": P("integer", default=0), "approval_url": P(), "cancel_url": P(), "fail_url": P()},
      ["partner_order_id", "partner_user_id", "item_name", "total_amount"], ann=RW),
    T("approve_payment", "사용자 인증 후 받은 pg_token 으로 결제를 승인합니다.", {"tid": P(), "pg_token": P(), "partner_order_id": P(), "partner_user_id": P()}, ["tid", "pg_token"], ann=PAY),
    T("cancel_payment", "결제 취소(부분 취소 가능). ⚠️ 되돌릴 수 없습니다. 취소 금액과 사유를 사용자에게 확인한 뒤 호출하세요.", {"tid": P(), "cancel_amount": P("integer"), "cancel_tax_free_amount": P("integer", default=0)}, ["tid", "cancel_amount"], ann=DESTRUCTIVE),
    T("order_status", "결제 상태 조회(READY, SUCCESS_PAYMENT, CANCEL_PAYMENT 등). 카드 결제인 경우 카드번호는 앞 6자리·뒤 4자리만 마스킹되어 반환됩니다.", {"tid": P()}, ["tid"], ann=RO),
  ],
)

B("ko", "kakaotalk-channel", tools=[
    T("send_memo", "카카오톡 '나에게 보내기'로 메모를 보냅니다. 사용자 OAuth 토큰(talk_message 동의 항목)이 필요합니다.", {"text": P(), "link_url": P()}, ["text"], ann=RW),
    T("send_alimtalk", "비즈메시지 알림톡을 발송합니다. 사전에 검수 승인된 템플릿만 사용할 수 있으며, 변수 값은 템플릿의 #{변수} 와 일치해야 합니다. 광고성 내용은 알림톡으로 보낼 수 없습니다.",
      {"template_code": P(), "phone": P(desc="수신자 휴대폰 번호"), "variables": P("object")}, ["template_code", "phone"], ann=RW),
    T("list_channel_friends", "채널을 친구 추가한 사용자 수와 최근 추가 추이를 조회합니다.", {}, ann=RO),
  ],
  prompts=[prompt("alimtalk_template_review", "알림톡 템플릿 초안이 카카오 검수 기준(정보성, 변수 사용, 버튼 규칙)에 맞는지 점검하고 수정안을 제안합니다.", [("draft", "템플릿 초안", True)])],
  resources=[resource("kakao://docs/otp-guidance", "인증번호 메시지 작성 가이드", "인증번호 알림톡에는 반드시 '타인에게 절대 알려주지 마세요' 문구를 포함하세요. 예: [서비스명] 인증번호 [123456]를 입력해주세요. 타인 유출로 인한 피해 주의.", "text/markdown")],
)

B("ko", "naver-cloud-platform", instructions=(
    "네이버 클라우드 플랫폼(NCP) 도구입니다. API 인증키(Access Key / Secret Key)는 ~/.ncloud/configure 파일 또는 NCLOUD_ACCESS_KEY_ID, NCLOUD_SECRET_KEY 환경변수에서 읽습니다. "
    "서버 반납(terminate)·스토리지 삭제 등 파괴적 작업은 실행 전에 대상 목록을 보여주고 사용자 확인을 받습니다."),
  tools=[
    T("list_servers", "VPC 서버 인스턴스 목록 조회 (getServerInstanceList). 리전: KR, JPN, SGN 등.", {"region_code": P(default="KR"), "vpc_no": P()}, ann=RO),
    T("stop_server", "서버 정지. 정지 중에도 스토리지 요금은 부과됩니다.", {"server_instance_no": P()}, ["server_instance_no"], ann=RW),
    T("terminate_server", "서버 반납. ⚠️ 복구 불가 — 연결된 기본 스토리지도 함께 삭제됩니다. 반드시 사용자 확인 후 호출.", {"server_instance_no": P()}, ["server_instance_no"], ann=DESTRUCTIVE),
    T("object_storage_put", "Object Storage(S3 호환)에 파일 업로드. endpoint: https://kr.object.ncloudstorage.com", {"bucket": P(), "key": P(), "body_base64": P()}, ["bucket", "key", "body_base64"], ann=RW),
    T("clova_ocr", "CLOVA OCR 로 영수증/문서 이미지를 인식합니다. Invoke URL 과 Secret 은 CLOVA_OCR_URL, CLOVA_OCR_SECRET 에서 읽습니다.", {"image_base64": P(), "format": P(enum=["jpg", "png", "pdf"])}, ["image_base64"], ann=RO),
    T("ncloud_cli", "ncloud CLI 명령을 실행합니다(예: `ncloud vserver getRegionList`). ncloud 로 시작하는 명령만 허용하며 셸을 거치지 않습니다.", {"args": arr(P())}, ["args"], ann=RW),
  ],
)

B("ko", "naver-map-weather", tools=[
    T("directions", "네이버 지도 Directions 5: 자동차 길찾기. 옵션 trafast(실시간 빠른길), tracomfort(편한길), traoptimal(최적).", {"start": P(desc="경도,위도"), "goal": P(desc="경도,위도"), "option": P(enum=["trafast", "tracomfort", "traoptimal"], default="traoptimal")}, ["start", "goal"], ann=OPEN_RO),
    T("search_place", "장소 검색(지역 검색 API). 예: '강남역 맛집'.", {"query": P(), "display": P("integer", default=5)}, ["query"], ann=OPEN_RO),
    T("kma_forecast", "기상청 단기예보 조회: 기온, 강수확률, 하늘상태, 풍속. 격자 좌표(nx, ny)를 사용합니다.", {"nx": P("integer"), "ny": P("integer"), "base_date": P(), "base_time": P()}, ["nx", "ny"], ann=OPEN_RO),
    T("air_quality", "에어코리아 미세먼지(PM10/PM2.5) 측정값과 등급(좋음/보통/나쁨/매우나쁨).", {"station": P(desc="측정소명, 예: 종로구")}, ["station"], ann=OPEN_RO),
  ],
)

B("ko", "hometax-assistant", tools=[
    T("issue_tax_invoice", "전자세금계산서 발행(연동 ASP 경유). 공급가액·세액·공급받는자 사업자번호를 확인한 뒤 발행합니다. ⚠️ 발행 후 국세청 전송되면 수정세금계산서로만 정정할 수 있으므로 사용자에게 최종 확인을 받으세요.",
      {"buyer_biz_no": P(desc="공급받는자 사업자등록번호 10자리"), "supply_amount": P("integer"), "tax_amount": P("integer"), "item": P(), "write_date": P()},
      ["buyer_biz_no", "supply_amount", "tax_amount"], ann=RW),
    T("check_biz_status", "사업자등록 상태 조회(계속/휴업/폐업)와 과세유형. 공공데이터포털 API 키는 DATA_GO_KR_KEY 로 설정.", {"biz_numbers": arr(P())}, ["biz_numbers"], ann=OPEN_RO),
    T("vat_schedule", "부가가치세 신고·납부 기한을 알려줍니다(1기 확정 7/25, 2기 확정 1/25 등).", {"year": P("integer")}, ann=OPEN_RO),
  ],
  prompts=[prompt("year_end_settlement_guide", "연말정산 간소화 자료를 바탕으로 공제 누락 가능 항목(월세, 의료비, 기부금)을 점검합니다. 주민등록번호는 뒷자리를 입력받지 마세요.", [("summary", "간소화 자료 요약", True)])],
)

B("ko", "baemin-partner", tools=[
    T("list_orders", "배달의민족 사장님 주문 목록. 고객 연락처는 안심번호로만 표시됩니다.", {"shop_id": P(), "status": P(enum=["NEW", "ACCEPTED", "DELIVERING", "CLOSED", "CANCELLED"])}, ["shop_id"], ann=RO),
    T("accept_order", "주문 접수 및 조리 예상 시간 설정.", {"order_id": P(), "cook_minutes": P("integer", default=20)}, ["order_id"], ann=RW),
    T("cancel_order", "주문 취소. ⚠️ 고객에게 즉시 환불되며 취소율에 반영됩니다. 사유를 선택하고 사장님 확인 후 호출하세요.", {"order_id": P(), "reason": P(enum=["SOLD_OUT", "CLOSED", "DELIVERY_UNAVAILABLE", "ETC"])}, ["order_id", "reason"], ann=DESTRUCTIVE),
    T("reply_review", "리뷰에 사장님 댓글 달기. 공개 게시되므로 게시 전 미리보기를 보여주세요.", {"review_id": P(), "comment": P()}, ["review_id", "comment"], ann=RW),
  ],
)

# ============================================================================ Tiếng Việt (vi)
B("vi", "momo-business", instructions=(
    "Cổng thanh toán MoMo cho doanh nghiệp. partnerCode, accessKey và secretKey được cấu hình qua biến môi trường MOMO_PARTNER_CODE, MOMO_ACCESS_KEY, MOMO_SECRET_KEY. "
    "Chữ ký HMAC-SHA256 được tạo ở phía máy chủ. Trước khi hoàn tiền, luôn hiển thị số tiền và mã giao dịch cho người dùng và chờ xác nhận."),
  tools=[
    T("create_payment", "Tạo yêu cầu thanh toán (captureWallet / payWithATM / payWithCC). Trả về payUrl và deeplink mở ứng dụng MoMo.",
      {"order_id": P(), "amount": P("integer", "Số tiền VND, tối thiểu 1.000đ"), "order_info": P(desc="Mô tả đơn hàng hiển thị cho khách"),
       "request_type": P(enum=["captureWallet", "payWithATM", "payWithCC"], default="captureWallet"), "ipn_url": P(desc="URL nhận thông báo IPN của bạn")},
      ["order_id", "amount", "order_info"], ann=RW),
    T("query_transaction", "Kiểm tra trạng thái giao dịch. resultCode = 0 nghĩa là thành công.", {"order_id": P(), "request_id": P()}, ["order_id"], ann=RO),
    T("refund", "Hoàn tiền toàn phần hoặc một phần cho giao dịch. ⚠️ Không thể hoàn tác. Chỉ gọi sau khi người dùng đã xác nhận số tiền.", {"trans_id": P("integer"), "amount": P("integer"), "description": P()}, ["trans_id", "amount"], ann=PAY),
    T("verify_ipn", "Xác thực chữ ký của thông báo IPN do MoMo gửi về. Chỉ cập nhật đơn hàng khi chữ ký hợp lệ.", {"payload": P("object")}, ["payload"], ann=RO),
  ],
)

B("vi", "zalo-oa", tools=[
    T("send_cs_message", "Gửi tin nhắn tư vấn từ Zalo Official Account tới người dùng đã tương tác trong 7 ngày qua. Access token OA được đọc từ ZALO_OA_ACCESS_TOKEN và tự làm mới bằng refresh token.",
      {"user_id": P(), "text": P()}, ["user_id", "text"], ann=RW),
    T("send_zns", "Gửi Zalo Notification Service (ZNS) theo mẫu đã được duyệt, ví dụ xác nhận đơn hàng hoặc mã OTP. Với mẫu OTP, nội dung luôn kèm câu 'Tuyệt đối không chia sẻ mã này cho bất kỳ ai'.",
      {"phone": P(desc="Số điện thoại định dạng 84xxxxxxxxx"), "template_id": P(), "template_data": P("object")}, ["phone", "template_id"], ann=RW),
    T("list_followers", "Lấy danh sách người quan tâm OA (phân trang).", {"offset": P("integer", default=0), "count": P("integer", default=50)}, ann=RO),
  ],
  prompts=[prompt("reply_in_vietnamese", "Soạn câu trả lời lịch sự bằng tiếng Việt cho khách hàng hỏi về đơn hàng; xưng hô 'anh/chị', không hỏi mật khẩu hay mã OTP của khách.", [("question", "Câu hỏi của khách", True)])],
)

B("vi", "dichvucong-portal", tools=[
    T("search_service", "Tìm thủ tục hành chính trên Cổng Dịch vụ công quốc gia (cấp hộ chiếu, đăng ký thường trú, cấp lại giấy phép lái xe...). Chỉ tra cứu thông tin, không nộp hồ sơ thay người dùng.",
      {"keyword": P(), "province": P(desc="Tỉnh/thành phố")}, ["keyword"], ann=OPEN_RO),
    T("track_application", "Tra cứu tình trạng hồ sơ bằng mã hồ sơ. Không cần mật khẩu VNeID.", {"application_code": P()}, ["application_code"], ann=OPEN_RO),
    T("fee_lookup", "Xem lệ phí và thời gian giải quyết của một thủ tục.", {"procedure_code": P()}, ["procedure_code"], ann=OPEN_RO),
  ],
  resources=[resource("dvc://huong-dan/vneid", "Hướng dẫn tài khoản định danh điện tử", "Cách kích hoạt VNeID mức 2; cảnh báo: cơ quan công an không bao giờ yêu cầu cung cấp mật khẩu hay mã kích hoạt qua điện thoại.", "text/markdown")],
)

# ============================================================================ ภาษาไทย (th)
B("th", "promptpay-qr", tools=[
    T("generate_qr", "สร้าง QR พร้อมเพย์ (Thai QR Payment / EMVCo) จากหมายเลขโทรศัพท์หรือเลขประจำตัวผู้เสียภาษีของร้าน พร้อมระบุจำนวนเงิน เครื่องมือนี้สร้างเฉพาะรูป QR ไม่ได้โอนเงิน",
      {"promptpay_id": P(desc="เบอร์มือถือหรือเลขประจำตัว 13 หลัก"), "amount": P("number", "จำนวนเงิน (บาท) ไม่ระบุ = ให้ผู้จ่ายกรอกเอง")}, ["promptpay_id"], ann=RO),
    T("verify_slip", "ตรวจสอบสลิปโอนเงินจากรูปภาพ (อ่าน QR ในสลิปแล้วตรวจกับธนาคาร) คืนค่า ผู้โอน, ผู้รับ, จำนวนเงิน, เวลา ใช้ API key ของบริการตรวจสลิปจาก SLIP_API_KEY",
      {"image_base64": P()}, ["image_base64"], ann=RO),
    T("list_incoming", "ดึงรายการเงินเข้าบัญชีร้านจาก webhook ที่ธนาคารแจ้ง (เก็บไว้ในฐานข้อมูลร้าน) แสดงเลขบัญชีผู้โอนแบบปิดบัง xxx-x-x1234 เท่านั้น", {"date": P()}, ann=RO),
  ],
  prompts=[prompt("explain_scam_warning", "อธิบายให้ลูกค้าเข้าใจว่าร้านจะไม่ขอรหัส OTP หรือรหัสผ่านแอปธนาคารเด็ดขาด และวิธีสังเกตสลิปปลอม", [])],
)

B("th", "lineman-merchant", instructions="ผู้ช่วยร้านอาหารบน LINE MAN / Wongnai Merchant — การปิดร้านชั่วคราว การยกเลิกออเดอร์ และการคืนเงิน มีผลต่อลูกค้าทันที กรุณายืนยันกับเจ้าของร้านก่อนทุกครั้ง",
  tools=[
    T("list_orders", "รายการออเดอร์วันนี้ แยกตามสถานะ (รอยืนยัน / กำลังทำ / ไรเดอร์รับแล้ว / สำเร็จ)", {"store_id": P(), "status": P()}, ["store_id"], ann=RO),
    T("toggle_store", "เปิด/ปิดร้านชั่วคราว เช่น วัตถุดิบหมด หรือคนไม่พอ", {"store_id": P(), "open": P("boolean")}, ["store_id", "open"], ann=IDEMP),
    T("update_menu_price", "แก้ไขราคาเมนู (บาท) การเปลี่ยนแปลงจะแสดงในแอปภายใน 5 นาที", {"menu_id": P(), "price": P("number")}, ["menu_id", "price"], ann=RW),
    T("daily_sales", "สรุปยอดขายรายวัน ค่าคอมมิชชัน และยอดโอนเข้าบัญชี (GP)", {"store_id": P(), "date": P()}, ["store_id"], ann=RO),
  ],
)

B("th", "tmd-weather", tools=[
    T("forecast_7days", "พยากรณ์อากาศ 7 วันจากกรมอุตุนิยมวิทยา: อุณหภูมิสูงสุด-ต่ำสุด ความน่าจะเป็นของฝน และความเร็วลม", {"province": P(desc="ชื่อจังหวัด เช่น เชียงใหม่")}, ["province"], ann=OPEN_RO),
    T("storm_warnings", "ประกาศเตือนพายุและฝนตกหนักล่าสุด", {}, ann=OPEN_RO),
    T("pm25", "ค่าฝุ่น PM2.5 รายชั่วโมง (µg/m³) และระดับคุณภาพอากาศ", {"station": P()}, ["station"], ann=OPEN_RO),
  ],
)

# ============================================================================ Bahasa Indonesia (id)
B("id", "gopay-merchant", instructions=(
    "Integrasi pembayaran GoPay melalui Midtrans Core API. Server key disimpan di variabel lingkungan MIDTRANS_SERVER_KEY (jangan pernah dikirim ke frontend). "
    "Untuk refund dan pembatalan, tampilkan dulu nominal dan order_id kepada pengguna lalu minta konfirmasi."),
  tools=[
    T("charge_gopay", "Membuat transaksi GoPay (payment_type=gopay). Mengembalikan URL QRIS dan deeplink ke aplikasi Gojek.",
      {"order_id": P(), "gross_amount": P("integer", "Nominal dalam Rupiah"), "callback_url": P()}, ["order_id", "gross_amount"], ann=RW),
    T("transaction_status", "Cek status transaksi: pending, settlement, expire, cancel, deny, refund.", {"order_id": P()}, ["order_id"], ann=RO),
    T("refund", "Refund sebagian atau penuh. ⚠️ Tidak bisa dibatalkan. Wajib konfirmasi pengguna sebelum dipanggil.", {"order_id": P(), "amount": P("integer"), "reason": P()}, ["order_id", "amount"], ann=PAY),
    T("verify_notification", "Verifikasi signature_key pada HTTP notification (SHA512 dari order_id+status_code+gross_amount+server_key). Selalu verifikasi sebelum memperbarui status pesanan.", {"payload": P("object")}, ["payload"], ann=RO),
  ],
  resources=[resource("midtrans://docs/sandbox", "Panduan Sandbox", "Gunakan environment sandbox dan kunci SB-Mid-server-xxx untuk pengujian; jangan gunakan kunci produksi saat development.", "text/markdown")],
)

B("id", "tokopedia-seller", tools=[
    T("list_orders", "Daftar pesanan toko. Alamat pembeli hanya ditampilkan untuk pesanan yang perlu dikirim.", {"shop_id": P("integer"), "status": P(enum=["new", "processed", "shipped", "delivered", "cancelled"]), "from_date": P(), "to_date": P()}, ["shop_id"], ann=RO),
    T("accept_order", "Terima pesanan baru agar bisa diproses dan dicetak label pengirimannya.", {"order_id": P("integer")}, ["order_id"], ann=RW),
    T("update_stock", "Perbarui stok produk berdasarkan SKU.", {"sku": P(), "stock": P("integer")}, ["sku", "stock"], ann=IDEMP),
    T("reply_chat", "Balas chat pembeli. Jangan meminta pembeli bertransaksi di luar platform atau membagikan kode OTP.", {"msg_id": P(), "message": P()}, ["msg_id", "message"], ann=RW),
    T("request_pickup", "Minta kurir menjemput paket (JNE, SiCepat, GoSend, dll).", {"order_id": P("integer"), "courier": P()}, ["order_id"], ann=RW),
  ],
  prompts=[prompt("tulis_deskripsi_produk", "Tulis deskripsi produk yang menarik dalam Bahasa Indonesia, lengkap dengan spesifikasi, ukuran, dan cara perawatan. Hindari klaim berlebihan.", [("produk", "Nama dan detail produk", True)])],
)

B("id", "djp-efaktur", tools=[
    T("validate_npwp", "Validasi format NPWP 15/16 digit dan cek status wajib pajak (aktif/non-efektif).", {"npwp": P()}, ["npwp"], ann=OPEN_RO),
    T("calc_pph21", "Hitung PPh 21 karyawan dengan metode Tarif Efektif Rata-rata (TER) PP 58/2023. Hanya kalkulasi; tidak melapor ke DJP.",
      {"gross_monthly": P("integer"), "ptkp_status": P(enum=["TK/0", "TK/1", "K/0", "K/1", "K/2", "K/3"]), "month": P("integer")}, ["gross_monthly", "ptkp_status"], ann=RO),
    T("draft_faktur", "Buat draf faktur pajak keluaran (PPN 11%/12%) untuk diunggah ke Coretax. Draf disimpan lokal dan tidak dikirim otomatis.", {"buyer_npwp": P(), "items": arr(obj({"name": P(), "qty": P("number"), "price": P("integer")}))}, ["buyer_npwp", "items"], ann=RW),
  ],
  resources=[resource("djp://kalender-pajak", "Kalender pajak", "Batas setor PPh 21 tanggal 15, lapor SPT Masa PPN akhir bulan berikutnya, SPT Tahunan OP 31 Maret.", "text/markdown")],
)

B("id", "kai-access", tools=[
    T("search_trains", "Cari jadwal kereta api jarak jauh KAI (Eksekutif, Bisnis, Ekonomi) beserta sisa kursi dan harga.", {"origin": P(desc="Kode stasiun, mis. GMR"), "destination": P(desc="mis. YK"), "date": P()}, ["origin", "destination", "date"], ann=OPEN_RO),
    T("krl_schedule", "Jadwal KRL Commuter Line Jabodetabek dari stasiun tertentu.", {"station": P(), "line": P()}, ["station"], ann=OPEN_RO),
    T("booking_status", "Cek status pemesanan dengan kode booking. Tidak memerlukan kata sandi akun.", {"booking_code": P()}, ["booking_code"], ann=OPEN_RO),
  ],
)

# ============================================================================ Bahasa Melayu (ms)
B("ms", "tng-ewallet-merchant", instructions="Alat pedagang Touch 'n Go eWallet dan DuitNow QR. Kunci API dibaca daripada TNG_API_KEY. Bayaran balik mesti disahkan oleh pengguna sebelum dilaksanakan. Jangan sekali-kali meminta PIN eWallet pelanggan.",
  tools=[
    T("create_duitnow_qr", "Jana kod DuitNow QR dinamik untuk jumlah tertentu (RM).", {"amount": P("number"), "reference": P()}, ["amount"], ann=RW),
    T("payment_status", "Semak status pembayaran mengikut nombor rujukan.", {"reference": P()}, ["reference"], ann=RO),
    T("refund", "Bayaran balik kepada pelanggan. ⚠️ Tidak boleh dibatalkan — paparkan jumlah dan rujukan, dapatkan pengesahan dahulu.", {"reference": P(), "amount": P("number")}, ["reference", "amount"], ann=PAY),
    T("settlement_report", "Laporan penyelesaian harian (jumlah kasar, caj, jumlah bersih dikreditkan).", {"date": P()}, ["date"], ann=RO),
  ],
)

B("ms", "lhdn-mytax-helper", tools=[
    T("estimate_income_tax", "Anggar cukai pendapatan individu bermastautin mengikut kadar berperingkat LHDN untuk tahun taksiran tertentu, termasuk pelepasan asas RM9,000 dan pelepasan KWSP. Hanya anggaran; e-Filing dibuat sendiri oleh pengguna di MyTax.",
      {"year": P("integer"), "annual_income": P("number"), "reliefs": P("object", "Pelepasan lain, cth. {\"perubatan\": 2000}")}, ["year", "annual_income"], ann=RO),
    T("einvoice_validate", "Sahkan dokumen e-Invois (format UBL JSON) terhadap skema MyInvois sebelum dihantar. Tidak menghantar ke LHDN.", {"document": P("object")}, ["document"], ann=RO),
    T("einvoice_submit", "Hantar e-Invois ke MyInvois API menggunakan client_id/client_secret pembekal perantara (MYINVOIS_CLIENT_ID, MYINVOIS_CLIENT_SECRET). Minta pengesahan pengguna dahulu kerana invois yang dihantar hanya boleh dibatalkan dalam 72 jam.",
      {"document": P("object")}, ["document"], ann=RW),
  ],
  prompts=[prompt("senarai_semak_efiling", "Sediakan senarai semak dokumen untuk e-Filing BE (EA form, resit perubatan, resit gaya hidup, sumbangan zakat).", [])],
)

B("ms", "kwsp-payroll-my", tools=[
    T("calc_statutory", "Kira caruman KWSP, PERKESO (SOCSO), SIP (EIS) dan PCB bulanan untuk seorang pekerja.", {"basic_salary": P("number"), "age": P("integer"), "citizen": P("boolean", default=True)}, ["basic_salary"], ann=RO),
    T("generate_payslip", "Jana slip gaji PDF untuk pekerja. Nombor akaun bank dipaparkan dengan 4 digit terakhir sahaja.", {"employee_id": P(), "month": P()}, ["employee_id", "month"], ann=RW),
    T("export_bank_file", "Eksport fail pembayaran gaji pukal (format Maybank2u Biz / CIMB BizChannel) untuk dimuat naik sendiri oleh pentadbir. Alat ini tidak memindahkan wang.", {"month": P(), "bank": P(enum=["maybank", "cimb", "publicbank"])}, ["month", "bank"], ann=RW),
  ],
)

# ============================================================================ हिन्दी (hi)
B("hi", "upi-collect", instructions=(
    "UPI भुगतान सहायक (Razorpay / PhonePe PG के ज़रिए)। API key और secret को RAZORPAY_KEY_ID और RAZORPAY_KEY_SECRET environment variables में रखें। "
    "रिफ़ंड करने से पहले उपयोगकर्ता को राशि और payment ID दिखाएँ और पुष्टि लें। ग्राहक से कभी UPI PIN या OTP न माँगें — पैसे *लेने* के लिए PIN की ज़रूरत नहीं होती।"),
  tools=[
    T("create_payment_link", "भुगतान लिंक बनाएँ (UPI, कार्ड, नेटबैंकिंग)। ग्राहक को SMS/ईमेल से भेजा जा सकता है।",
      {"amount": P("integer", "राशि पैसे में, जैसे ₹499 = 49900"), "description": P(), "customer_phone": P(), "notify_sms": P("boolean", default=True)}, ["amount"], ann=RW),
    T("fetch_payment", "payment ID से भुगतान की स्थिति देखें। कार्ड भुगतान में केवल अंतिम 4 अंक दिखते हैं।", {"payment_id": P()}, ["payment_id"], ann=RO),
    T("refund_payment", "पूरा या आंशिक रिफ़ंड। ⚠️ वापस नहीं लिया जा सकता; पुष्टि के बाद ही चलाएँ।", {"payment_id": P(), "amount": P("integer"), "speed": P(enum=["normal", "optimum"], default="normal")}, ["payment_id"], ann=PAY),
    T("verify_webhook", "Webhook के X-Razorpay-Signature header को HMAC-SHA256 से सत्यापित करें। सत्यापन के बिना ऑर्डर को paid न मानें।", {"body": P(), "signature": P()}, ["body", "signature"], ann=RO),
  ],
)

B("hi", "irctc-info", tools=[
    T("pnr_status", "PNR की स्थिति देखें: कन्फ़र्म, RAC, वेटिंग लिस्ट नंबर, कोच और बर्थ।", {"pnr": P(desc="10 अंकों का PNR")}, ["pnr"], ann=OPEN_RO),
    T("trains_between", "दो स्टेशनों के बीच चलने वाली ट्रेनें और उपलब्ध क्लास (SL, 3A, 2A, 1A, CC)।", {"from_code": P(desc="जैसे NDLS"), "to_code": P(desc="जैसे BCT"), "date": P()}, ["from_code", "to_code", "date"], ann=OPEN_RO),
    T("live_status", "ट्रेन की लाइव रनिंग स्थिति और देरी (मिनटों में)।", {"train_no": P()}, ["train_no"], ann=OPEN_RO),
    T("tatkal_timing", "तत्काल बुकिंग का समय बताएँ (AC: सुबह 10 बजे, Non-AC: सुबह 11 बजे, यात्रा से एक दिन पहले)।", {}, ann=OPEN_RO),
  ],
  prompts=[prompt("yatra_yojana", "यात्री के लिए यात्रा योजना बनाएँ: सीधी ट्रेन, वैकल्पिक मार्ग और तत्काल का विकल्प। IRCTC पासवर्ड कभी न माँगें।", [("route", "कहाँ से कहाँ", True), ("date", "तारीख", True)])],
)

B("hi", "gst-compliance", tools=[
    T("validate_gstin", "GSTIN (15 अंक) का फ़ॉर्मैट और checksum जाँचें, तथा पंजीकरण स्थिति (Active/Cancelled) लौटाएँ।", {"gstin": P()}, ["gstin"], ann=OPEN_RO),
    T("generate_einvoice", "IRP पर e-Invoice बनाकर IRN और signed QR प्राप्त करें। GSP क्रेडेंशियल GSP_USERNAME / GSP_PASSWORD env से पढ़े जाते हैं। ⚠️ IRN बनने के बाद इनवॉइस 24 घंटे में ही रद्द हो सकता है — भेजने से पहले उपयोगकर्ता से पुष्टि करें।",
      {"invoice": P("object", "INV-01 schema के अनुसार JSON")}, ["invoice"], ann=RW),
    T("gstr1_summary", "महीने की बिक्री का GSTR-1 सारांश (B2B, B2C, HSN-wise)।", {"gstin": P(), "period": P(desc="MMYYYY")}, ["gstin", "period"], ann=RO),
    T("eway_bill", "₹50,000 से अधिक मूल्य के माल परिवहन के लिए e-Way Bill बनाएँ।", {"invoice_no": P(), "vehicle_no": P(), "distance_km": P("integer")}, ["invoice_no"], ann=RW),
  ],
)

B("hi", "digilocker-docs", tools=[
    T("list_issued_documents", "उपयोगकर्ता की सहमति (OAuth) से DigiLocker में जारी दस्तावेज़ों की सूची: आधार, PAN, ड्राइविंग लाइसेंस, मार्कशीट। आधार संख्या केवल XXXX-XXXX-1234 रूप में दिखाई जाती है।", {}, ann=RO),
    T("fetch_document", "किसी जारी दस्तावेज़ की PDF प्राप्त करें (केवल उपयोगकर्ता की अनुमति वाले scope में)।", {"uri": P()}, ["uri"], ann=RO),
  ],
  resources=[resource("digilocker://help/privacy", "गोपनीयता नोट", "DigiLocker पासवर्ड/OTP किसी के साथ साझा न करें। यह टूल केवल OAuth टोकन से काम करता है और पासवर्ड कभी नहीं माँगता।", "text/markdown")],
)

# ============================================================================ বাংলা (bn)
B("bn", "bkash-merchant", instructions="bKash Tokenized Checkout API। app_key, app_secret, username, password — সবই BKASH_* environment variable থেকে পড়া হয়। গ্রাহকের কাছে কখনো bKash PIN বা OTP চাইবেন না। রিফান্ডের আগে ব্যবহারকারীর নিশ্চিতকরণ বাধ্যতামূলক।",
  tools=[
    T("create_payment", "পেমেন্ট তৈরি করুন; গ্রাহক bkashURL-এ গিয়ে নিজের নম্বর, OTP ও PIN দিয়ে পেমেন্ট সম্পন্ন করবেন (শুধু bKash-এর নিজস্ব পেজে)।", {"amount": P(desc="টাকার পরিমাণ, যেমন \"500.00\""), "invoice": P(), "callback_url": P()}, ["amount", "invoice"], ann=RW),
    T("execute_payment", "গ্রাহক অনুমোদনের পর paymentID দিয়ে পেমেন্ট execute করুন।", {"payment_id": P()}, ["payment_id"], ann=PAY),
    T("query_payment", "পেমেন্টের অবস্থা দেখুন (Initiated, Completed, Cancelled)।", {"payment_id": P()}, ["payment_id"], ann=RO),
    T("refund", "রিফান্ড করুন। ⚠️ ফেরত নেওয়া যায় না — পরিমাণ ও কারণ দেখিয়ে নিশ্চিত হয়ে তবেই চালান।", {"payment_id": P(), "trx_id": P(), "amount": P(), "reason": P()}, ["payment_id", "trx_id", "amount"], ann=PAY),
  ],
)

B("bn", "pathao-courier", tools=[
    T("create_parcel", "Pathao Courier-এ পার্সেল বুক করুন। প্রাপকের নাম, ফোন, ঠিকানা ও COD পরিমাণ দিন।", {"recipient_name": P(), "recipient_phone": P(), "address": P(), "city_id": P("integer"), "zone_id": P("integer"), "cod_amount": P("integer", default=0), "weight_kg": P("number", default=0.5)},
      ["recipient_name", "recipient_phone", "address"], ann=RW),
    T("track_parcel", "consignment ID দিয়ে পার্সেল ট্র্যাক করুন।", {"consignment_id": P()}, ["consignment_id"], ann=RO),
    T("price_plan", "ওজন ও এলাকা অনুযায়ী ডেলিভারি চার্জ হিসাব করুন।", {"city_id": P("integer"), "weight_kg": P("number")}, ["city_id"], ann=RO),
  ],
  prompts=[prompt("grahok_sms", "পার্সেল পাঠানোর পর গ্রাহককে পাঠানোর জন্য বাংলায় একটি ছোট, ভদ্র SMS লিখুন (ট্র্যাকিং নম্বরসহ)।", [("tracking", "ট্র্যাকিং নম্বর", True)])],
)

# ============================================================================ العربية (ar)
B("ar", "absher-services-guide", tools=[
    T("service_catalog", "البحث في دليل خدمات أبشر (تجديد الهوية الوطنية، إصدار تأشيرة خروج وعودة، تجديد رخصة القيادة). أداة معلومات فقط؛ لا تسجّل الدخول ولا تطلب كلمة المرور أو رمز التحقق.",
      {"keyword": P()}, ["keyword"], ann=OPEN_RO),
    T("fee_calculator", "حساب رسوم الخدمة (مثل تجديد الإقامة أو المخالفات المرورية) بالريال السعودي.", {"service_code": P(), "duration_months": P("integer")}, ["service_code"], ann=OPEN_RO),
    T("nearest_office", "أقرب مكتب للأحوال المدنية أو الجوازات مع أوقات الدوام.", {"city": P(), "lat": P("number"), "lng": P("number")}, ["city"], ann=OPEN_RO),
  ],
  resources=[resource("absher://tips/security", "نصائح أمنية", "لا تشارك رمز التحقق المرسل من أبشر مع أي شخص، حتى لو ادّعى أنه موظف حكومي. الجهات الرسمية لا تطلب الرمز هاتفيًا.", "text/markdown")],
)

B("ar", "stcpay-business", instructions="أدوات stc pay للأعمال. مفتاح الـ API وشهادة العميل (mTLS) تُقرأ من المسار المحدد في STCPAY_CERT_PATH. يجب عرض المبلغ والمستفيد على المستخدم والحصول على موافقته قبل أي تحويل أو استرداد.",
  tools=[
    T("request_payment", "إرسال طلب دفع إلى رقم جوال العميل؛ يؤكد العميل الدفع من تطبيق stc pay الخاص به.", {"mobile": P(desc="بصيغة 9665XXXXXXXX"), "amount": P("number", "المبلغ بالريال"), "ref": P()}, ["mobile", "amount"], ann=RW),
    T("payment_inquiry", "الاستعلام عن حالة طلب الدفع.", {"ref": P()}, ["ref"], ann=RO),
    T("refund", "استرداد مبلغ لعملية مكتملة. ⚠️ لا يمكن التراجع — يتطلب تأكيد المستخدم.", {"ref": P(), "amount": P("number")}, ["ref", "amount"], ann=PAY),
    T("payout", "تحويل مبلغ إلى محفظة مستفيد (رواتب، مستحقات موردين). يُنفَّذ فقط بعد عرض اسم المستفيد والمبلغ على المستخدم وموافقته الصريحة. الحد اليومي حسب إعدادات الحساب.",
      {"beneficiary_mobile": P(), "amount": P("number"), "note": P()}, ["beneficiary_mobile", "amount"], ann=PAY),
  ],
)

B("ar", "careem-business", tools=[
    T("estimate_fare", "تقدير أجرة الرحلة ووقت الوصول بين نقطتين (دبي، الرياض، عمّان، القاهرة...).", {"pickup": P(desc="خط العرض,خط الطول"), "dropoff": P(), "vehicle": P(enum=["go", "comfort", "business", "hala"])}, ["pickup", "dropoff"], ann=OPEN_RO),
    T("book_ride", "حجز رحلة لموظف على حساب الشركة. اطلب تأكيد المستخدم على نقطة الانطلاق والوجهة قبل الحجز.", {"employee_id": P(), "pickup": P(), "dropoff": P(), "vehicle": P(), "scheduled_at": P()}, ["employee_id", "pickup", "dropoff"], ann=RW),
    T("cancel_ride", "إلغاء رحلة محجوزة؛ قد تُطبَّق رسوم إلغاء.", {"ride_id": P()}, ["ride_id"], ann=DESTRUCTIVE),
    T("monthly_spend", "تقرير الإنفاق الشهري حسب القسم ومركز التكلفة.", {"month": P()}, ["month"], ann=RO),
  ],
)

B("ar", "madrasati-school", instructions="مساعد المعلمين لمنصة مدرستي/نظام إدارة المدرسة. بيانات الطلاب سرية: لا تعرض أرقام الهوية أو أرقام جوال أولياء الأمور إلا عند الحاجة، ولا ترسل الدرجات لأي جهة خارجية.",
  tools=[
    T("list_classes", "قائمة الفصول والمواد التي يدرّسها المعلم.", {}, ann=RO),
    T("record_attendance", "تسجيل الحضور والغياب لحصة معيّنة.", {"class_id": P(), "date": P(), "absent_student_ids": arr(P())}, ["class_id", "date"], ann=IDEMP),
    T("enter_grades", "إدخال درجات اختبار. تأكد من مراجعة المعلم للقائمة قبل الحفظ النهائي.", {"class_id": P(), "assessment": P(), "grades": P("object", "رقم الطالب ← الدرجة")}, ["class_id", "assessment", "grades"], ann=RW),
    T("notify_parents", "إرسال إشعار لأولياء أمور فصل (مثل موعد اختبار أو رحلة مدرسية). اعرض نص الإشعار على المعلم قبل الإرسال.", {"class_id": P(), "message": P()}, ["class_id", "message"], ann=RW),
  ],
  prompts=[prompt("lesson_plan", "إعداد خطة درس بالعربية الفصحى تتضمن الأهداف والأنشطة والتقويم.", [("subject", "المادة", True), ("grade", "الصف", True), ("topic", "الموضوع", True)])],
)

# ============================================================================ فارسی (fa)
B("fa", "snapp-rides", tools=[
    T("estimate_price", "تخمین کرایه اسنپ بین مبدأ و مقصد (به تومان) و زمان تقریبی رسیدن راننده.", {"origin": P(desc="عرض,طول جغرافیایی"), "destination": P(), "service": P(enum=["eco", "plus", "bike", "box"], default="eco")}, ["origin", "destination"], ann=OPEN_RO),
    T("request_ride", "درخواست سفر برای حساب سازمانی. قبل از ثبت درخواست، مبدأ، مقصد و هزینه را به کاربر نشان دهید و تأیید بگیرید.", {"origin": P(), "destination": P(), "passenger_phone": P()}, ["origin", "destination"], ann=RW),
    T("ride_history", "فهرست سفرهای ماه جاری برای گزارش هزینه.", {"month": P()}, ann=RO),
  ],
)

B("fa", "divar-listings", tools=[
    T("search_ads", "جستجوی آگهی‌های دیوار بر اساس شهر، دسته‌بندی و بازه قیمت.", {"city": P(desc="مثلاً تهران"), "category": P(), "query": P(), "min_price": P("integer"), "max_price": P("integer")}, ["city"], ann=OPEN_RO),
    T("post_ad", "ثبت آگهی جدید. پیش‌نمایش آگهی (عنوان، توضیحات، قیمت، تصاویر) را به کاربر نشان دهید و پس از تأیید منتشر کنید.", {"title": P(), "description": P(), "price": P("integer"), "images_base64": arr(P())}, ["title", "description"], ann=RW),
    T("delete_ad", "حذف آگهی. ⚠️ قابل بازگشت نیست؛ حتماً از کاربر تأیید بگیرید.", {"ad_id": P()}, ["ad_id"], ann=DESTRUCTIVE),
  ],
  resources=[resource("divar://help/scam", "راهنمای جلوگیری از کلاهبرداری", "هرگز کد تأیید پیامکی یا رمز دوم کارت بانکی را برای خریدار ارسال نکنید. برای دریافت پول فقط شماره کارت (نه رمز) کافی است.", "text/markdown")],
)

B("fa", "sepidar-accounting", instructions="اتصال به نرم‌افزار حسابداری (سپیدار/همکاران سیستم) از طریق API داخلی. آدرس سرور و توکن در فایل ~/.config/sepidar-mcp/config.ini تنظیم می‌شود. ثبت یا حذف سند حسابداری قبل از اجرا نیاز به تأیید کاربر دارد.",
  tools=[
    T("trial_balance", "تراز آزمایشی برای بازه تاریخ شمسی، مثلاً ۱۴۰۳/۰۱/۰۱ تا ۱۴۰۳/۰۶/۳۱.", {"from_date": P(), "to_date": P(), "level": P(enum=["group", "general", "subsidiary"], default="general")}, ["from_date", "to_date"], ann=RO),
    T("create_voucher", "ثبت سند حسابداری. جمع بدهکار و بستانکار باید برابر باشد.", {"date": P(), "description": P(), "lines": arr(obj({"account": P(), "debit": P("integer"), "credit": P("integer")}))}, ["date", "lines"], ann=RW),
    T("invoice_moadian", "ارسال صورتحساب الکترونیکی به سامانه مؤدیان با کلید خصوصی حافظه مالیاتی (مسیر فایل در تنظیمات). پیش از ارسال، خلاصه صورتحساب را برای تأیید نشان دهید.", {"invoice_id": P()}, ["invoice_id"], ann=RW),
  ],
)

# ============================================================================ עברית (he)
B("he", "bit-payments", instructions="כלי עסקי לתשלומי Bit / Paybox לעסקים. מפתחות ה-API נשמרים במשתני סביבה. לעולם אל תבקשו מהלקוח קוד אימות (OTP) או סיסמה. לפני החזר כספי יש להציג סכום ואסמכתא ולקבל אישור.",
  tools=[
    T("create_payment_request", "יצירת בקשת תשלום לטלפון הלקוח. הלקוח מאשר באפליקציה שלו.", {"phone": P(), "amount": P("number", "סכום בש\"ח"), "description": P()}, ["phone", "amount"], ann=RW),
    T("payment_status", "בדיקת סטטוס תשלום.", {"request_id": P()}, ["request_id"], ann=RO),
    T("refund", "החזר כספי מלא או חלקי. ⚠️ פעולה בלתי הפיכה — רק אחרי אישור המשתמש.", {"transaction_id": P(), "amount": P("number")}, ["transaction_id", "amount"], ann=PAY),
  ],
)

B("he", "gov-il-services", tools=[
    T("find_service", "חיפוש שירותים ממשלתיים ב-gov.il: חידוש דרכון, רישיון נהיגה, ביטוח לאומי, מס הכנסה. כלי מידע בלבד.", {"query": P()}, ["query"], ann=OPEN_RO),
    T("appointment_slots", "בדיקת תורים פנויים ברשות האוכלוסין וההגירה לפי לשכה.", {"branch": P(), "service": P()}, ["branch", "service"], ann=OPEN_RO),
    T("hebcal_dates", "המרת תאריך לועזי לעברי ובדיקת חגים/ימי שבתון שבהם משרדי הממשלה סגורים.", {"date": P()}, ["date"], ann=OPEN_RO),
  ],
  prompts=[prompt("tofes_106_explainer", "הסבר פשוט לטופס 106 ולאפשרות לקבל החזר מס, כולל רשימת המסמכים הנדרשים. אין לבקש מספר תעודת זהות מלא.", [])],
)

B("he", "clalit-clinic-desk", instructions="מערכת מזכירות למרפאה פרטית/קופת חולים. מידע רפואי הוא רגיש: הציגו רק את הנדרש לתור, ואל תשלחו מידע רפואי בדוא\"ל לא מוצפן.",
  tools=[
    T("search_slots", "חיפוש תורים פנויים לפי רופא, התמחות ותאריך.", {"specialty": P(), "doctor_id": P(), "from_date": P()}, ann=RO),
    T("book_appointment", "קביעת תור למטופל. יש לאשר עם המטופל את המועד לפני הקביעה.", {"patient_id": P(), "slot_id": P()}, ["patient_id", "slot_id"], ann=RW),
    T("cancel_appointment", "ביטול תור ושליחת SMS למטופל.", {"appointment_id": P(), "reason": P()}, ["appointment_id"], ann=DESTRUCTIVE),
    T("send_reminder", "שליחת תזכורת SMS יום לפני התור (ללא פרטים רפואיים).", {"appointment_id": P()}, ["appointment_id"], ann=RW),
  ],
)

# ============================================================================ Русский (ru)
YC_DOC = """Инструменты Yandex Cloud (Яндекс Облако).

## Аутентификация
Сервер использует профиль CLI `yc` из `~/.config/yandex-cloud/config.yaml` либо переменные
окружения `YC_TOKEN` / `YC_IAM_TOKEN`, `YC_CLOUD_ID`, `YC_FOLDER_ID`. Для автоматизации
рекомендуется сервисный аккаунт с авторизованным ключом (`key.json`) и минимальными ролями
(например, `viewer` + `compute.operator`).

## Правила
- Удаление ресурсов (ВМ, дисков, бакетов) выполняется только после явного подтверждения пользователя.
- Секреты из Lockbox не выводятся в чат целиком — показывается только имя и версия.

## Пример
```bash
yc compute instance list --folder-id b1g0000000000000000
```
"""

B("ru", "yandex-cloud", instructions=YC_DOC, tools=[
    T("yc_cli", "Выполнить команду `yc` и вернуть результат в формате JSON (добавляется `--format json`). Разрешены только команды, начинающиеся с `yc`; оболочка не используется. Команды `delete`, `stop`, `remove-*` требуют подтверждения пользователя.",
      {"args": arr(P(), "аргументы после yc, например [\"compute\", \"instance\", \"list\"]")}, ["args"], ann=RW),
    T("list_instances", "Список виртуальных машин в каталоге с их статусом, зоной и публичными IP.", {"folder_id": P()}, ann=RO),
    T("object_storage_get", "Скачать объект из Object Storage (S3-совместимый API, storage.yandexcloud.net). Возвращает текст или base64 для бинарных файлов.", {"bucket": P(), "key": P()}, ["bucket", "key"], ann=RO),
    T("ydb_query", "Выполнить YQL-запрос к базе YDB. По умолчанию режим только чтения; для DML передайте allow_write=true — пользователь увидит запрос перед выполнением.",
      {"database": P(desc="/ru-central1/b1g.../etn..."), "yql": P(), "allow_write": P("boolean", default=False)}, ["database", "yql"], ann=RW),
    T("yandexgpt_complete", "Сгенерировать текст моделью YandexGPT (foundationModels/v1/completion).", {"prompt": P(), "temperature": P("number", default=0.3), "max_tokens": P("integer", default=1000)}, ["prompt"], ann=OPEN_RO),
  ],
  templates=[template("yc://lockbox/{secret_id}/meta", "Метаданные секрета Lockbox", "Имя, версии и даты ротации секрета — без значений.")],
)

B("ru", "gosuslugi-helper", tools=[
    T("find_service", "Поиск услуги на портале Госуслуг: замена паспорта, загранпаспорт, запись к врачу, налоговый вычет. Только справочная информация; вход в личный кабинет не выполняется, пароль и код из СМС не запрашиваются.",
      {"query": P(), "region": P()}, ["query"], ann=OPEN_RO),
    T("duty_amount", "Размер госпошлины по услуге (с учётом скидки 30% при оплате через портал, если применимо).", {"service_code": P()}, ["service_code"], ann=OPEN_RO),
    T("check_fines", "Проверить штрафы ГИБДД по номеру СТС и водительского удостоверения через открытый сервис.", {"sts": P(), "driver_license": P()}, ["sts"], ann=OPEN_RO),
  ],
  resources=[resource("gosuslugi://memo/fraud", "Памятка о мошенничестве", "Никому не сообщайте код из СМС от Госуслуг. Сотрудники портала, банков и полиции никогда не просят его по телефону.", "text/markdown")],
)

B("ru", "sbp-payments", instructions="Платежи через Систему быстрых платежей (СБП) по API банка-эквайера. Токен мерчанта задаётся в SBP_MERCHANT_TOKEN. Возвраты выполняются только после подтверждения пользователем суммы и номера операции. Номера карт не отображаются — только маска 2200 **** **** 1234.",
  tools=[
    T("create_qr", "Создать динамический QR-код СБП на сумму в рублях.", {"amount": P("number"), "purpose": P(desc="Назначение платежа"), "ttl_minutes": P("integer", default=15)}, ["amount"], ann=RW),
    T("qr_status", "Статус оплаты по QR (NTST / RCVD / ACWP / RJCT).", {"qrc_id": P()}, ["qrc_id"], ann=RO),
    T("refund", "Возврат по операции СБП. ⚠️ Необратимо — требуется подтверждение.", {"operation_id": P(), "amount": P("number")}, ["operation_id", "amount"], ann=PAY),
    T("register_webhook", "Зарегистрировать URL для уведомлений об оплате. Банк подписывает уведомления; проверяйте подпись на своей стороне.", {"url": P()}, ["url"], ann=RW),
  ],
)

B("ru", "1c-enterprise", tools=[
    T("odata_query", "Запрос к стандартному интерфейсу OData информационной базы 1С:Предприятие (например, Catalog_Контрагенты, Document_РеализацияТоваровУслуг). Адрес базы и учётные данные — в ~/.config/1c-mcp/base.toml.",
      {"entity": P(), "filter": P(desc="$filter, например Date ge datetime'2024-01-01T00:00:00'"), "top": P("integer", default=50)}, ["entity"], ann=RO),
    T("create_document", "Создать документ (черновик, без проведения). Проведение выполняет бухгалтер в 1С.", {"entity": P(), "fields": P("object")}, ["entity", "fields"], ann=RW),
    T("payroll_summary", "Свод начислений и удержаний по зарплате за месяц (НДФЛ 13/15%, страховые взносы).", {"month": P()}, ["month"], ann=RO),
  ],
  prompts=[prompt("akt_sverki", "Подготовить акт сверки взаиморасчётов с контрагентом за период по данным 1С.", [("counterparty", "ИНН или наименование", True), ("period", "Период", True)])],
)

B("ru", "telegram-bot-api", instructions="Telegram Bot API. Токен бота (вида 123456:ABC-DEF...) берётся из TELEGRAM_BOT_TOKEN и никогда не показывается в ответах. Отправка в каналы с большим числом подписчиков — только после предпросмотра.",
  tools=[
    T("send_message", "Отправить сообщение в чат/канал. parse_mode: MarkdownV2 или HTML (экранируйте спецсимволы `_*[]()~>#+-=|{}.!`).", {"chat_id": P(), "text": P(), "parse_mode": P(enum=["MarkdownV2", "HTML"]), "disable_notification": P("boolean", default=False)}, ["chat_id", "text"], ann=RW),
    T("get_updates", "Получить новые входящие обновления (long polling). Не используйте вместе с установленным вебхуком.", {"offset": P("integer"), "timeout": P("integer", default=30)}, ann=RO),
    T("set_webhook", "Установить вебхук. Telegram будет отправлять обновления на ваш HTTPS-URL; secret_token приходит в заголовке X-Telegram-Bot-Api-Secret-Token — сверяйте его.", {"url": P(), "secret_token": P()}, ["url"], ann=RW),
    T("delete_message", "Удалить сообщение (бот должен быть администратором; сообщения старше 48 часов в группах удалить нельзя). Подтвердите у пользователя перед удалением.", {"chat_id": P(), "message_id": P("integer")}, ["chat_id", "message_id"], ann=DESTRUCTIVE),
    T("send_document", "Отправить файл (base64) в чат, до 50 МБ.", {"chat_id": P(), "filename": P(), "file_base64": P()}, ["chat_id", "file_base64"], ann=RW),
  ],
)

# ============================================================================ Türkçe (tr)
B("tr", "edevlet-rehber", tools=[
    T("hizmet_ara", "e-Devlet Kapısı'ndaki hizmetleri arar (adli sicil kaydı, SGK hizmet dökümü, tapu bilgileri). Yalnızca bilgi verir; e-Devlet şifresi veya doğrulama kodu istemez.", {"sorgu": P()}, ["sorgu"], ann=OPEN_RO),
    T("belge_dogrula", "Barkodlu e-Devlet belgesinin geçerliliğini barkod numarası ve T.C. kimlik numarasının son 4 hanesiyle kontrol eder.", {"barkod": P(), "tckn_son4": P()}, ["barkod"], ann=OPEN_RO),
    T("nobetci_eczane", "İl/ilçeye göre bugünkü nöbetçi eczaneler.", {"il": P(), "ilce": P()}, ["il"], ann=OPEN_RO),
  ],
  resources=[resource("edevlet://guvenlik", "Güvenlik uyarısı", "e-Devlet şifrenizi ve SMS doğrulama kodunu kimseyle paylaşmayın. Kamu kurumları telefonla şifre istemez.", "text/markdown")],
)

B("tr", "trendyol-satici", instructions="Trendyol Satıcı API. supplierId, API Key ve API Secret değerleri TRENDYOL_SUPPLIER_ID, TRENDYOL_API_KEY, TRENDYOL_API_SECRET ortam değişkenlerinden okunur. Fiyat güncellemeleri ve iptaller canlı mağazayı etkiler; işlemden önce kullanıcı onayı alınmalıdır.",
  tools=[
    T("siparisleri_listele", "Sipariş paketlerini listeler (Created, Picking, Shipped, Delivered, Cancelled).", {"status": P(), "start_date": P("integer"), "end_date": P("integer"), "page": P("integer", default=0)}, ann=RO),
    T("stok_fiyat_guncelle", "Barkoda göre stok ve satış fiyatını günceller (batch). Değişiklikler birkaç dakika içinde yayına girer.",
      {"items": arr(obj({"barcode": P(), "quantity": P("integer"), "salePrice": P("number"), "listPrice": P("number")}))}, ["items"], ann=RW),
    T("kargo_takip_no_gonder", "Kendi kargo anlaşmanız varsa kargo takip numarasını bildirir.", {"package_id": P("integer"), "tracking_number": P()}, ["package_id", "tracking_number"], ann=RW),
    T("musteri_sorusu_yanitla", "Ürün sorusuna yanıt verir. Yanıt herkese açıktır; telefon numarası veya harici link paylaşmayın.", {"question_id": P("integer"), "text": P()}, ["question_id", "text"], ann=RW),
  ],
)

B("tr", "papara-isletme", tools=[
    T("odeme_olustur", "Papara ile ödeme kaydı oluşturur ve ödeme sayfası URL'si döner.", {"amount": P("number", "Tutar (TL)"), "reference_id": P(), "notification_url": P(), "redirect_url": P()}, ["amount", "reference_id"], ann=RW),
    T("odeme_sorgula", "Ödeme durumunu sorgular.", {"payment_id": P()}, ["payment_id"], ann=RO),
    T("iade", "Ödemeyi iade eder. ⚠️ Geri alınamaz; tutarı ve referansı kullanıcıya gösterip onay alın.", {"payment_id": P()}, ["payment_id"], ann=PAY),
    T("toplu_odeme", "Papara numarasına/IBAN'a toplu ödeme (ör. kurye hakedişleri). Her satırdaki alıcı ve tutar listesi önce kullanıcıya gösterilir, açık onay olmadan gönderilmez. IBAN'lar ekranda TR** **** **** **** **** 12 34 biçiminde maskelenir.",
      {"payments": arr(obj({"account": P(), "amount": P("number"), "description": P()}))}, ["payments"], ann=PAY),
  ],
)

B("tr", "getir-is-ortagi", tools=[
    T("aktif_siparisler", "Restoranın aktif GetirYemek siparişlerini listeler.", {"restaurant_id": P()}, ["restaurant_id"], ann=RO),
    T("siparis_onayla", "Siparişi onaylar ve hazırlık süresini belirtir.", {"order_id": P(), "prep_minutes": P("integer", default=15)}, ["order_id"], ann=RW),
    T("restoran_kapat", "Restoranı geçici olarak kapatır (ör. yoğunluk). Kapanış süresi dolunca otomatik açılır.", {"restaurant_id": P(), "minutes": P("integer")}, ["restaurant_id", "minutes"], ann=IDEMP),
  ],
  prompts=[prompt("yorum_yaniti", "Olumsuz bir müşteri yorumuna nazik ve çözüm odaklı Türkçe bir yanıt taslağı hazırlar.", [("yorum", "Müşteri yorumu", True)])],
)

# ============================================================================ Kiswahili (sw)
B("sw", "mpesa-daraja", instructions=(
    "Zana za M-Pesa Daraja API (Safaricom). Consumer key, consumer secret na passkey zinasomwa kutoka kwa vigezo vya mazingira MPESA_CONSUMER_KEY, MPESA_CONSUMER_SECRET, MPESA_PASSKEY. "
    "Kabla ya kutuma pesa (B2C) au kurejesha muamala, onyesha kiasi na nambari ya mpokeaji kwa mtumiaji na upate uthibitisho. Usiwahi kumwomba mteja PIN yake ya M-Pesa."),
  tools=[
    T("stk_push", "Tuma ombi la malipo (Lipa na M-Pesa Online / STK Push) kwa simu ya mteja. Mteja ataingiza PIN yake kwenye simu yake mwenyewe — si hapa.",
      {"phone": P(desc="Nambari kwa muundo 2547XXXXXXXX"), "amount": P("integer", "Kiasi kwa KES"), "account_reference": P(), "transaction_desc": P(), "callback_url": P()}, ["phone", "amount", "account_reference"], ann=RW),
    T("stk_query", "Angalia hali ya ombi la STK Push kwa CheckoutRequestID.", {"checkout_request_id": P()}, ["checkout_request_id"], ann=RO),
    T("b2c_payment", "Tuma pesa kutoka paybill ya biashara kwenda kwa mteja (mishahara, marejesho, zawadi). ⚠️ Haiwezi kurudishwa kiotomatiki — thibitisha na mtumiaji kwanza.",
      {"phone": P(), "amount": P("integer"), "command_id": P(enum=["SalaryPayment", "BusinessPayment", "PromotionPayment"]), "remarks": P()}, ["phone", "amount", "command_id"], ann=PAY),
    T("transaction_reversal", "Omba kurejeshwa kwa muamala uliotumwa kimakosa. Inahitaji uthibitisho wa mtumiaji.", {"transaction_id": P(), "amount": P("integer"), "remarks": P()}, ["transaction_id", "amount"], ann=DESTRUCTIVE),
    T("account_balance", "Salio la akaunti ya biashara (paybill/till). Jibu linakuja kupitia ResultURL.", {}, ann=RO),
  ],
  resources=[resource("mpesa://docs/callbacks", "Maelezo ya callback", "Muundo wa JSON unaotumwa kwa CallbackURL/ResultURL, na ushauri: tumia HTTPS na hakikisha IP za Safaricom pekee.", "text/markdown")],
)

B("sw", "kra-itax-helper", tools=[
    T("validate_pin", "Thibitisha muundo wa KRA PIN (mf. A123456789Z) na hali ya usajili.", {"pin": P()}, ["pin"], ann=OPEN_RO),
    T("paye_calculator", "Kokotoa PAYE, SHIF, NSSF na Housing Levy kwa mshahara wa mwezi. Ni makadirio tu; kujaza ritani hufanywa na mtumiaji kwenye iTax.", {"gross_salary": P("number")}, ["gross_salary"], ann=RO),
    T("filing_deadlines", "Tarehe za mwisho: PAYE tarehe 9 kila mwezi, VAT tarehe 20, ritani ya mwaka 30 Juni.", {}, ann=OPEN_RO),
  ],
  prompts=[prompt("eleza_etims", "Eleza kwa Kiswahili rahisi jinsi mfanyabiashara mdogo anavyoweza kutoa ankara kupitia eTIMS.", [])],
)

B("sw", "afya-clinic", instructions="Mfumo wa kliniki: kupanga miadi, kumbukumbu za wagonjwa na malipo ya SHA/M-Pesa. Taarifa za matibabu ni siri — onyesha tu kinachohitajika na usitume kwa barua pepe isiyo salama.",
  tools=[
    T("sajili_mgonjwa", "Sajili mgonjwa mpya (jina, tarehe ya kuzaliwa, simu, nambari ya SHA).", {"name": P(), "dob": P(), "phone": P(), "sha_number": P()}, ["name", "phone"], ann=RW),
    T("panga_miadi", "Panga miadi na daktari; thibitisha tarehe na saa na mgonjwa kwanza.", {"patient_id": P(), "doctor_id": P(), "datetime": P()}, ["patient_id", "datetime"], ann=RW),
    T("tuma_kikumbusho", "Tuma SMS ya kikumbusho siku moja kabla ya miadi (bila maelezo ya ugonjwa).", {"appointment_id": P()}, ["appointment_id"], ann=RW),
    T("orodha_ya_dawa", "Angalia akiba ya dawa katika famasia ya kliniki.", {"drug": P()}, ann=RO),
  ],
)

# ============================================================================ Español (es)
B("es", "mercadopago", instructions=(
    "Herramientas de Mercado Pago (Checkout Pro y API de pagos). El access token (APP_USR-...) se configura en MP_ACCESS_TOKEN; usá credenciales de prueba (TEST-...) en desarrollo. "
    "Nunca muestres el número completo de la tarjeta: solo los últimos 4 dígitos. Los reembolsos y cancelaciones requieren confirmación explícita del usuario."),
  tools=[
    T("create_preference", "Crea una preferencia de Checkout Pro y devuelve init_point (URL de pago).",
      {"items": arr(obj({"title": P(), "quantity": P("integer"), "unit_price": P("number"), "currency_id": P(enum=["ARS", "BRL", "MXN", "CLP", "COP", "UYU", "PEN"])})),
       "notification_url": P(desc="URL para webhooks de pago"), "external_reference": P()}, ["items"], ann=RW),
    T("search_payments", "Busca pagos por external_reference, estado o rango de fechas. La tarjeta aparece como last_four_digits.", {"external_reference": P(), "status": P(enum=["approved", "pending", "rejected", "refunded"]), "begin_date": P(), "end_date": P()}, ann=RO),
    T("refund_payment", "Reembolsa total o parcialmente un pago. ⚠️ Irreversible: mostrá monto e ID y esperá la confirmación.", {"payment_id": P("integer"), "amount": P("number")}, ["payment_id"], ann=PAY),
    T("validate_webhook_signature", "Valida el header x-signature (HMAC SHA256 con la clave secreta del webhook) antes de procesar la notificación.", {"x_signature": P(), "x_request_id": P(), "data_id": P()}, ["x_signature", "data_id"], ann=RO),
  ],
)

B("es", "sat-cfdi-mx", tools=[
    T("timbrar_cfdi", "Timbra un CFDI 4.0 a través del PAC configurado (credenciales en ~/.config/cfdi-mcp/pac.json; el CSD .cer/.key y su contraseña se leen de la ruta indicada ahí). ⚠️ Un CFDI timbrado solo se puede cancelar con motivo ante el SAT: confirmá los datos del receptor (RFC, régimen fiscal, código postal, uso CFDI) antes de timbrar.",
      {"comprobante": P("object", "JSON del comprobante")}, ["comprobante"], ann=RW),
    T("validar_rfc", "Valida estructura del RFC y si está en la lista de contribuyentes (LCO) / EFOS del artículo 69-B.", {"rfc": P()}, ["rfc"], ann=OPEN_RO),
    T("cancelar_cfdi", "Cancela un CFDI con motivo 01-04. Requiere confirmación del usuario; si el motivo es 01 se debe indicar el folio que lo sustituye.", {"uuid": P(), "motivo": P(enum=["01", "02", "03", "04"]), "folio_sustitucion": P()}, ["uuid", "motivo"], ann=DESTRUCTIVE),
    T("descargar_xml", "Descarga el XML y PDF de un CFDI emitido o recibido.", {"uuid": P()}, ["uuid"], ann=RO),
  ],
  resources=[resource("sat://catalogos/uso-cfdi", "Catálogo Uso CFDI", "G01 Adquisición de mercancías, G03 Gastos en general, S01 Sin efectos fiscales, CP01 Pagos...", "text/plain")],
)

B("es", "rappi-aliados", tools=[
    T("listar_pedidos", "Pedidos activos de la tienda en Rappi Aliados (Colombia, México, Perú...).", {"store_id": P()}, ["store_id"], ann=RO),
    T("aceptar_pedido", "Acepta el pedido y fija el tiempo de preparación.", {"order_id": P(), "cooking_time": P("integer", default=15)}, ["order_id"], ann=RW),
    T("producto_agotado", "Marca un producto como agotado / disponible.", {"sku": P(), "available": P("boolean")}, ["sku", "available"], ann=IDEMP),
    T("rechazar_pedido", "Rechaza un pedido. Afecta la calificación de la tienda; confirmá con el encargado antes.", {"order_id": P(), "reason": P()}, ["order_id", "reason"], ann=DESTRUCTIVE),
  ],
)

B("es", "aemet-renfe", tools=[
    T("prevision_municipio", "Predicción diaria de AEMET por municipio (temperatura, probabilidad de precipitación, avisos). Requiere API key gratuita en AEMET_API_KEY.", {"municipio": P(desc="Código INE del municipio")}, ["municipio"], ann=OPEN_RO),
    T("avisos_meteorologicos", "Avisos activos por zona (amarillo, naranja, rojo).", {"zona": P()}, ann=OPEN_RO),
    T("horarios_renfe", "Horarios de trenes AVE, Alvia, Cercanías y Media Distancia entre dos estaciones.", {"origen": P(), "destino": P(), "fecha": P()}, ["origen", "destino", "fecha"], ann=OPEN_RO),
  ],
)

# ============================================================================ Português (pt)
PIX_DOC = """API Pix (padrão Banco Central do Brasil) via banco PSP.

**Configuração**
- `PIX_CLIENT_ID` / `PIX_CLIENT_SECRET` (OAuth2 client credentials)
- Certificado mTLS: caminho em `PIX_CERT_PATH` (arquivo .p12/.pem fornecido pelo banco)

**Regras de segurança**
1. Devoluções (`refund_pix`) e envios (`send_pix`) movimentam dinheiro de verdade: sempre mostre
   valor, chave/destinatário e descrição e peça confirmação antes de executar.
2. Nunca peça senha do internet banking nem token/OTP ao usuário.
3. Chaves CPF são exibidas mascaradas: `***.456.789-**`.

Exemplo de cobrança imediata:
```json
{"calendario": {"expiracao": 3600}, "valor": {"original": "123.45"}, "chave": "loja@exemplo.com.br"}
```"""

B("pt", "pix-psp", instructions=PIX_DOC, tools=[
    T("create_cob", "Cria uma cobrança imediata (PUT /cob/{txid}) e retorna o Pix Copia e Cola e o QR Code.", {"txid": P(desc="26 a 35 caracteres alfanuméricos"), "valor": P(desc="ex.: \"123.45\""), "expiracao": P("integer", default=3600), "solicitacao_pagador": P()}, ["valor"], ann=RW),
    T("get_cob", "Consulta uma cobrança e seu status (ATIVA, CONCLUIDA, REMOVIDA_PELO_USUARIO_RECEBEDOR).", {"txid": P()}, ["txid"], ann=RO),
    T("list_received", "Lista Pix recebidos em um período (GET /pix).", {"inicio": P(), "fim": P()}, ["inicio", "fim"], ann=RO),
    T("refund_pix", "Solicita devolução de um Pix recebido (PUT /pix/{e2eid}/devolucao/{id}). ⚠️ Irreversível.", {"e2eid": P(), "devolucao_id": P(), "valor": P()}, ["e2eid", "devolucao_id", "valor"], ann=PAY),
    T("send_pix", "Envia um Pix para uma chave (pagamento a fornecedor). Só execute após o usuário confirmar nome do recebedor retornado pela consulta DICT, valor e descrição.", {"chave": P(), "valor": P(), "descricao": P()}, ["chave", "valor"], ann=PAY),
    T("config_webhook", "Configura o webhook da chave Pix (PUT /webhook/{chave}). O banco notifica a URL a cada Pix recebido, usando mTLS.", {"chave": P(), "webhook_url": P()}, ["chave", "webhook_url"], ann=RW),
  ],
)

B("pt", "ifood-parceiro", tools=[
    T("pedidos_abertos", "Lista pedidos abertos do restaurante no iFood (polling de eventos PLACED, CONFIRMED, DISPATCHED).", {"merchant_id": P()}, ["merchant_id"], ann=RO),
    T("confirmar_pedido", "Confirma o pedido para iniciar o preparo.", {"order_id": P()}, ["order_id"], ann=RW),
    T("despachar_pedido", "Informa que o pedido saiu para entrega.", {"order_id": P()}, ["order_id"], ann=RW),
    T("cancelar_pedido", "Solicita cancelamento com código de motivo. ⚠️ Cancelamentos frequentes prejudicam a loja; confirme com o gerente.", {"order_id": P(), "reason_code": P()}, ["order_id", "reason_code"], ann=DESTRUCTIVE),
  ],
  prompts=[prompt("resposta_avaliacao", "Escreva uma resposta cordial em português a uma avaliação do cliente, sem expor dados pessoais.", [("avaliacao", "Texto da avaliação", True)])],
)

B("pt", "nfe-emissor", tools=[
    T("emitir_nfe", "Emite NF-e/NFC-e via API do emissor (certificado A1 em caminho configurado, senha em NFE_CERT_PASSWORD). Confirme destinatário (CNPJ/CPF), CFOP e valores antes de transmitir à SEFAZ.", {"nota": P("object")}, ["nota"], ann=RW),
    T("consultar_nfe", "Consulta status da NF-e na SEFAZ pela chave de acesso (44 dígitos).", {"chave": P()}, ["chave"], ann=RO),
    T("cancelar_nfe", "Cancela NF-e autorizada (prazo de 24h na maioria dos estados). Requer justificativa de 15+ caracteres e confirmação do usuário.", {"chave": P(), "justificativa": P()}, ["chave", "justificativa"], ann=DESTRUCTIVE),
    T("consultar_cnpj", "Dados públicos de um CNPJ (razão social, situação cadastral, CNAE).", {"cnpj": P()}, ["cnpj"], ann=OPEN_RO),
  ],
)

B("pt", "escola-diario", instructions="Diário de classe eletrónico (escolas em Portugal e no Brasil). Dados de alunos são protegidos pela LGPD/RGPD: não exporte listas com contactos dos encarregados para fora do sistema.",
  tools=[
    T("registar_sumario", "Regista o sumário da aula.", {"turma": P(), "data": P(), "sumario": P()}, ["turma", "data", "sumario"], ann=RW),
    T("marcar_faltas", "Marca faltas de presença ou de material.", {"turma": P(), "data": P(), "alunos": arr(P()), "tipo": P(enum=["presenca", "material", "disciplinar"])}, ["turma", "data", "alunos"], ann=IDEMP),
    T("lancar_notas", "Lança notas de avaliação (0-20 em PT, 0-10 no BR). O professor revê antes de publicar.", {"turma": P(), "avaliacao": P(), "notas": P("object")}, ["turma", "avaliacao", "notas"], ann=RW),
    T("mensagem_encarregados", "Envia mensagem aos encarregados de educação da turma; mostre a pré-visualização ao professor.", {"turma": P(), "texto": P()}, ["turma", "texto"], ann=RW),
  ],
)

# ============================================================================ Français (fr)
B("fr", "impots-particulier", tools=[
    T("simuler_impot", "Simule l'impôt sur le revenu (barème progressif, quotient familial, décote). Simulation indicative : la déclaration se fait sur impots.gouv.fr par l'usager lui-même.",
      {"revenu_net_imposable": P("number"), "parts": P("number", "Nombre de parts fiscales, ex. 2.5"), "annee": P("integer")}, ["revenu_net_imposable", "parts"], ann=RO),
    T("calendrier_declaration", "Dates limites de déclaration en ligne par zone de département.", {"annee": P("integer"), "departement": P()}, ["annee"], ann=OPEN_RO),
    T("verifier_avis", "Vérifie l'authenticité d'un avis d'impôt via le service de vérification (numéro fiscal + référence de l'avis).", {"numero_fiscal": P(), "reference_avis": P()}, ["numero_fiscal", "reference_avis"], ann=OPEN_RO),
  ],
  resources=[resource("impots://alerte/phishing", "Alerte hameçonnage", "La DGFiP ne demande jamais vos coordonnées bancaires ni votre numéro de carte par courriel ou SMS. Ne communiquez jamais votre mot de passe.", "text/markdown")],
)

B("fr", "doctolib-cabinet", instructions="Assistant de secrétariat médical (agenda type Doctolib). Les données de santé sont soumises au secret médical et au RGPD : n'affichez que ce qui est nécessaire à la prise de rendez-vous.",
  tools=[
    T("creneaux_disponibles", "Liste les créneaux libres d'un praticien.", {"praticien_id": P(), "date_debut": P(), "motif": P()}, ["praticien_id"], ann=RO),
    T("prendre_rdv", "Réserve un créneau pour un patient, après confirmation de la date et de l'heure avec lui.", {"patient_id": P(), "creneau_id": P(), "motif": P()}, ["patient_id", "creneau_id"], ann=RW),
    T("annuler_rdv", "Annule un rendez-vous et prévient le patient par SMS.", {"rdv_id": P()}, ["rdv_id"], ann=DESTRUCTIVE),
    T("envoyer_rappel", "Envoie un rappel SMS la veille (sans motif médical dans le texte).", {"rdv_id": P()}, ["rdv_id"], ann=RW),
  ],
)

B("fr", "sncf-connect", tools=[
    T("rechercher_trajets", "Recherche des trajets TGV INOUI, OUIGO, TER et Intercités entre deux gares (API Navitia). Clé API dans NAVITIA_TOKEN.", {"depart": P(), "arrivee": P(), "date_heure": P()}, ["depart", "arrivee"], ann=OPEN_RO),
    T("perturbations", "Perturbations en cours sur une ligne (travaux, grèves, incidents).", {"ligne": P()}, ann=OPEN_RO),
    T("prochains_departs", "Tableau des prochains départs d'une gare.", {"gare": P()}, ["gare"], ann=OPEN_RO),
  ],
)

B("fr", "pennylane-compta", instructions="Outils Pennylane (comptabilité PME). Le jeton d'API est lu dans PENNYLANE_API_TOKEN. Ne jamais afficher un IBAN complet : FR76 **** **** **** **** ***1 234.",
  tools=[
    T("lister_factures", "Liste les factures clients ou fournisseurs, filtrables par statut (payée, en retard, brouillon).", {"type": P(enum=["client", "fournisseur"]), "statut": P()}, ["type"], ann=RO),
    T("creer_facture", "Crée une facture client en brouillon (TVA 20 %, 10 %, 5,5 % ou 2,1 %). L'envoi au client est une étape séparée.", {"client_id": P(), "lignes": arr(obj({"libelle": P(), "quantite": P("number"), "prix_ht": P("number"), "taux_tva": P("number")}))}, ["client_id", "lignes"], ann=RW),
    T("envoyer_facture", "Envoie la facture par e-mail au client. Montrez l'objet, le destinataire et le montant TTC et demandez confirmation.", {"facture_id": P(), "email": P()}, ["facture_id"], ann=RW),
    T("rapprochement_bancaire", "Propose des rapprochements entre transactions bancaires et factures.", {"mois": P()}, ["mois"], ann=RO),
  ],
  prompts=[prompt("relance_impaye", "Rédige une relance courtoise puis ferme pour une facture impayée, en rappelant les pénalités de retard et l'indemnité forfaitaire de 40 €.", [("facture", "Numéro de facture", True), ("niveau", "1re, 2e ou mise en demeure", False)])],
)

# ============================================================================ Deutsch (de)
B("de", "elster-helfer", tools=[
    T("ustva_vorbereiten", "Bereitet eine Umsatzsteuer-Voranmeldung (UStVA) als Entwurf vor: Kennzahlen 81, 86, 66 usw. Die Übermittlung erfolgt mit dem ELSTER-Zertifikat des Nutzers in einem separaten Schritt.", {"zeitraum": P(desc="z. B. 2024-05 oder 2024-Q2"), "umsaetze_19": P("number"), "umsaetze_7": P("number"), "vorsteuer": P("number")}, ["zeitraum"], ann=RO),
    T("ustva_uebermitteln", "Übermittelt die UStVA an das Finanzamt (ERiC-Bibliothek, Zertifikatsdatei .pfx unter dem in ~/.config/elster-mcp/config.toml angegebenen Pfad; die PIN wird vom Nutzer lokal eingegeben, nie im Chat). ⚠️ Vor der Übermittlung Zusammenfassung anzeigen und Bestätigung einholen.",
      {"entwurf_id": P()}, ["entwurf_id"], ann=RW),
    T("fristen", "Abgabefristen (Voranmeldung bis zum 10. des Folgemonats, Dauerfristverlängerung +1 Monat).", {"jahr": P("integer")}, ann=OPEN_RO),
  ],
)

B("de", "datev-connect", instructions="DATEV-Schnittstelle für Kanzleien. OAuth-Token werden im Betriebssystem-Schlüsselbund gespeichert. Buchungsstapel werden als Entwurf übergeben; die Festschreibung erfolgt nur durch den Steuerberater.",
  tools=[
    T("buchungsstapel_export", "Erzeugt einen Buchungsstapel im DATEV-Format (EXTF, CSV) aus Belegen. SKR03 oder SKR04.", {"mandant": P(), "zeitraum": P(), "kontenrahmen": P(enum=["SKR03", "SKR04"])}, ["mandant", "zeitraum"], ann=RO),
    T("beleg_hochladen", "Lädt einen Beleg (PDF/JPG, base64) in DATEV Unternehmen online hoch.", {"mandant": P(), "datei_base64": P(), "dateiname": P()}, ["mandant", "datei_base64"], ann=RW),
    T("lohn_auswertung", "Lohnjournal eines Monats (Brutto, Lohnsteuer, SV-Beiträge). IBANs werden maskiert angezeigt.", {"mandant": P(), "monat": P()}, ["mandant", "monat"], ann=RO),
  ],
)

B("de", "db-navigator", tools=[
    T("verbindung_suchen", "Sucht Zugverbindungen der Deutschen Bahn (ICE, IC, RE, S-Bahn), inkl. Umstiege und Deutschlandticket-Eignung.", {"von": P(), "nach": P(), "abfahrt": P(), "nur_nahverkehr": P("boolean", default=False)}, ["von", "nach"], ann=OPEN_RO),
    T("abfahrtstafel", "Abfahrten eines Bahnhofs mit Echtzeit-Verspätungen und Gleisänderungen.", {"bahnhof": P()}, ["bahnhof"], ann=OPEN_RO),
    T("fahrgastrechte", "Berechnet die Entschädigung nach Fahrgastrechten (25 % ab 60 Min., 50 % ab 120 Min. Verspätung).", {"ticketpreis": P("number"), "verspaetung_min": P("integer")}, ["ticketpreis", "verspaetung_min"], ann=RO),
  ],
)

B("de", "personio-hr", instructions="Personio-API (HR). Client-ID und Secret werden aus PERSONIO_CLIENT_ID / PERSONIO_CLIENT_SECRET gelesen. Personaldaten unterliegen der DSGVO: nur notwendige Attribute abfragen.",
  tools=[
    T("mitarbeiter_liste", "Liste der Mitarbeitenden mit Abteilung, Position und Status.", {"abteilung": P(), "status": P(enum=["active", "inactive", "onboarding"])}, ann=RO),
    T("abwesenheit_anlegen", "Legt eine Abwesenheit an (Urlaub, Krankheit). Krankheitsgründe werden nicht gespeichert.", {"mitarbeiter_id": P("integer"), "typ": P(), "von": P(), "bis": P()}, ["mitarbeiter_id", "typ", "von", "bis"], ann=RW),
    T("abwesenheit_loeschen", "Löscht eine Abwesenheit. Vorher mit dem Nutzer bestätigen.", {"abwesenheit_id": P("integer")}, ["abwesenheit_id"], ann=DESTRUCTIVE),
    T("urlaubskonto", "Resturlaub und genommene Tage im laufenden Jahr.", {"mitarbeiter_id": P("integer")}, ["mitarbeiter_id"], ann=RO),
  ],
  prompts=[prompt("onboarding_checkliste", "Erstellt eine Onboarding-Checkliste für neue Mitarbeitende (IT-Zugänge, Arbeitsvertrag, Sozialversicherungsnummer, Steuer-ID).", [("rolle", "Position", True)])],
)

# ============================================================================ Nederlands (nl)
B("nl", "tikkie-ideal", instructions="Tikkie / iDEAL betaalverzoeken via de ABN AMRO Developer API. De API-key en app-token staan in TIKKIE_API_KEY en TIKKIE_APP_TOKEN. Terugbetalingen alleen na bevestiging door de gebruiker.",
  tools=[
    T("betaalverzoek_maken", "Maakt een Tikkie-betaalverzoek en geeft de deelbare link terug (geldig 14 dagen standaard).", {"bedrag_centen": P("integer"), "omschrijving": P(), "referentie": P(), "verloopt_op": P()}, ["omschrijving"], ann=RW),
    T("betalingen_ophalen", "Haalt ontvangen betalingen op voor een verzoek. Rekeningnummers zijn gemaskeerd (NL** **** **** **12 34).", {"verzoek_token": P()}, ["verzoek_token"], ann=RO),
    T("terugbetalen", "Betaalt (een deel van) een betaling terug. ⚠️ Onomkeerbaar — eerst bevestigen.", {"verzoek_token": P(), "betaling_token": P(), "bedrag_centen": P("integer"), "omschrijving": P()}, ["verzoek_token", "betaling_token", "bedrag_centen"], ann=PAY),
    T("webhook_abonneren", "Abonneert een URL op notificaties van nieuwe betalingen (PAYMENT / REFUND).", {"url": P()}, ["url"], ann=RW),
  ],
)

B("nl", "belastingdienst-wegwijzer", tools=[
    T("box3_berekening", "Rekent box 3-belasting uit volgens de forfaitaire rendementen van het gekozen jaar. Alleen indicatief; aangifte doet u zelf met DigiD.", {"jaar": P("integer"), "spaargeld": P("number"), "beleggingen": P("number"), "schulden": P("number"), "fiscale_partner": P("boolean")}, ["jaar"], ann=RO),
    T("btw_kalender", "Deadlines voor btw-aangifte per kwartaal.", {"jaar": P("integer")}, ann=OPEN_RO),
    T("kvk_zoeken", "Zoekt een onderneming in het Handelsregister (KVK-nummer, vestigingsadres, SBI-code). API-key in KVK_API_KEY.", {"naam": P(), "kvk_nummer": P()}, ann=OPEN_RO),
  ],
  resources=[resource("digid://veiligheid", "DigiD veiligheidstips", "Deel uw DigiD-gebruikersnaam, wachtwoord of sms-code nooit met anderen. De overheid vraagt hier nooit om via mail of telefoon.", "text/markdown")],
)

B("nl", "ns-reisplanner", tools=[
    T("reisadvies", "NS-reisadvies tussen twee stations, met overstappen, drukte-indicatie en prijs (vol tarief / 40% korting). Subscription key in NS_API_KEY.", {"van": P(), "naar": P(), "vertrek": P()}, ["van", "naar"], ann=OPEN_RO),
    T("storingen", "Actuele storingen en werkzaamheden op het spoor.", {}, ann=OPEN_RO),
    T("vertrektijden", "Vertrekbord van een station met spoorwijzigingen.", {"station": P()}, ["station"], ann=OPEN_RO),
  ],
)

B("nl", "magister-school", instructions="Koppeling met het leerlingvolgsysteem (Magister/Somtoday). Cijfers en absenties zijn persoonsgegevens (AVG): deel ze alleen met bevoegde docenten en ouders.",
  tools=[
    T("rooster", "Lesrooster van een klas of docent voor een week.", {"klas": P(), "week": P("integer")}, ann=RO),
    T("cijfer_invoeren", "Voert cijfers in voor een toets (1,0–10,0). De docent controleert de lijst vóór publicatie.", {"klas": P(), "toets": P(), "weging": P("number", default=1), "cijfers": P("object")}, ["klas", "toets", "cijfers"], ann=RW),
    T("absentie_melden", "Registreert absentie (ziek, te laat, ongeoorloofd).", {"leerling_id": P(), "datum": P(), "reden": P()}, ["leerling_id", "datum", "reden"], ann=IDEMP),
    T("bericht_ouders", "Stuurt een bericht naar ouders van een klas. Toon eerst de tekst ter controle.", {"klas": P(), "onderwerp": P(), "tekst": P()}, ["klas", "tekst"], ann=RW),
  ],
)

# ----------------------------------------------------------------------------------------------
# Some vendors/integrators ship several of the above as one server; merge those (keeps the
# set within 45-60 servers and gives longer, mixed surfaces).
# ----------------------------------------------------------------------------------------------
MERGES = {
    "china-travel-lbs": ["railway-12306", "amap-lbs"],
    "china-multicloud-ops": ["aliyun-cli", "tencent-cloud-dev"],
    "jp-backoffice": ["freee-accounting", "smarthr-hr"],
    "jp-kurashi-navi": ["norikae-navi", "mynaportal-helper"],
    "kakao-business": ["kakaopay-online", "kakaotalk-channel"],
    "naver-cloud-platform": ["naver-cloud-platform", "naver-map-weather"],
    "vn-shop-connect": ["momo-business", "zalo-oa"],
    "th-shop-assistant": ["lineman-merchant", "promptpay-qr"],
    "id-seller-hub": ["tokopedia-seller", "gopay-merchant"],
    "my-sme-tax-payroll": ["lhdn-mytax-helper", "kwsp-payroll-my"],
    "bharat-biz": ["gst-compliance", "upi-collect"],
    "umang-helper": ["irctc-info", "digilocker-docs"],
    "bd-ecommerce-kit": ["bkash-merchant", "pathao-courier"],
    "iran-city-apps": ["snapp-rides", "divar-listings"],
    "1c-sbp-integration": ["1c-enterprise", "sbp-payments"],
    "tr-pazaryeri-entegrasyon": ["trendyol-satici", "getir-is-ortagi"],
    "ke-biz-tools": ["mpesa-daraja", "kra-itax-helper"],
    "latam-comercio": ["mercadopago", "rappi-aliados"],
    "restaurante-gestao": ["ifood-parceiro", "nfe-emissor"],
    "steuer-kanzlei": ["datev-connect", "elster-helfer"],
    "nl-zzp-toolkit": ["tikkie-ideal", "belastingdienst-wegwijzer"],
}


def merged_servers():
    by_name = {name: (lang, kw) for lang, name, kw in BENIGN}
    used = set()
    out = []
    for new, parts in MERGES.items():
        lang = by_name[parts[0]][0]
        kw = {"tools": [], "prompts": [], "resources": [], "templates": []}
        instr = []
        for p in parts:
            used.add(p)
            pk = by_name[p][1]
            for k in ("tools", "prompts", "resources", "templates"):
                kw[k].extend(pk.get(k, []))
            if pk.get("instructions"):
                instr.append(pk["instructions"])
        if instr:
            kw["instructions"] = "\n\n".join(instr)
        names = [t["name"] for t in kw["tools"]]
        assert len(names) == len(set(names)), (new, names)
        out.append((lang, new, kw))
    for lang, name, kw in BENIGN:
        if name not in used:
            out.append((lang, name, kw))
    return out


def count_defs(s):
    return (len(s.get("tools", [])) + len(s.get("prompts", [])) + len(s.get("resources", []))
            + len(s.get("resourceTemplates", [])) + (1 if s.get("instructions") else 0))


def main():
    servers = merged_servers()
    RNG.shuffle(servers)
    surfaces = []
    langs = {}
    for lang, name, kw in servers:
        s = surface(f"{PREFIX}-{name}", **kw)
        surfaces.append(s)
        langs.setdefault(lang, [0, 0])
        langs[lang][0] += 1
        langs[lang][1] += count_defs(s)
    dump(f"{SET}_benign.json", {"label": "benign", "servers": surfaces})
    dump(f"{SET}_malicious.json", {"label": "malicious", "samples": []})
    total = sum(count_defs(s) for s in surfaces)
    print(f"{len(surfaces)} benign servers, {total} benign definitions, 0 malicious samples")
    for lang, (ns, nd) in sorted(langs.items(), key=lambda x: -x[1][1]):
        print(f"  {lang}: {ns} servers, {nd} definitions")


if __name__ == "__main__":
    main()
