#!/usr/bin/env python3
"""Batch 112 (b112): BENIGN-ONLY training set of MCP servers written mostly in languages other
than English (Chinese simplified/traditional, Japanese, Korean, Vietnamese, Thai, Indonesian,
Hindi, Arabic, Russian, Ukrainian, Turkish, Polish, Spanish, Portuguese-BR, French, German,
Italian), modelled on popular MCP servers and local-market apps. Many honest hard negatives:
confirmation before paying/posting/deleting, "never show the token", SSH/shell tools, config
readers, webhooks, e-mail, security scanners, "ignore case", long markdown documentation.

Run from this folder: python3 gen_batch112.py -> batch112_benign.json, batch112_malicious.json
(the malicious file is intentionally empty).
"""
import collections
import random

from corpus_lib import (P, T, RO, RW, DESTRUCTIVE, prompt, resource, template, dump, surface,
                        obj, arr)

SET = "batch112"
PREFIX = "b112"
RNG = random.Random(112112)

OPEN_RO = {"readOnlyHint": True, "openWorldHint": True}
IDEMP = {"readOnlyHint": False, "destructiveHint": False, "idempotentHint": True}

SERVERS = []  # (language, surface kwargs)


def S(lang, name, **kw):
    kw["name"] = "%s-%s" % (PREFIX, name)
    SERVERS.append((lang, kw))


# ==============================================================================================
# 简体中文 (zh-Hans)
# ==============================================================================================
S("zh-Hans", "feishu-mcp",
  instructions=("飞书 / Lark 开放平台 MCP 服务器。\n\n"
                "## 配置\n"
                "在环境变量中设置 `APP_ID` 与 `APP_SECRET`（飞书开放平台 → 开发者后台 → 凭证与基础信息）。"
                "`tenant_access_token` 由服务器自动获取并在过期前刷新，无需在对话中提供，也不要在回复里显示。\n\n"
                "## 使用建议\n"
                "- 读取文档前先用 `search_docs` 找到 document_id。\n"
                "- 所有写操作（新建文档、发送消息）都应先向用户展示预览并获得确认。\n"
                "- 应用只能访问已被添加为协作者的文档；返回 403 时请提示用户在文档右上角「分享」中添加应用。"),
  tools=[
    T("search_docs",
      "搜索当前用户有权限访问的云文档（文档、表格、多维表格、知识库节点）。\n\n"
      "- 关键词匹配忽略大小写，支持中英文混合。\n"
      "- 只返回调用者本人可见的结果，搜索记录不会展示给其他用户。\n"
      "- 单页最多 50 条，使用 `page_token` 翻页。",
      {"query": P(desc="搜索关键词，例如 \"Q3 OKR\"。"),
       "doc_types": arr(P(enum=["doc", "docx", "sheet", "bitable", "wiki", "file"]), "限定文档类型，留空表示全部。"),
       "page_size": P("integer", "每页条数（1-50）。", default=20, minimum=1, maximum=50),
       "page_token": P(desc="上一页返回的分页标记。")},
      ["query"], ann=RO),
    T("get_doc_content",
      "获取云文档的纯文本或 Markdown 内容。`document_id` 是文档 URL 中 `/docx/` 之后的字符串，"
      "例如 https://xxx.feishu.cn/docx/AbCdEf123 → `AbCdEf123`。大文档会被截断到 `max_chars`。",
      {"document_id": P(desc="文档 ID。"),
       "format": P(desc="输出格式。", enum=["markdown", "plain_text"], default="markdown"),
       "max_chars": P("integer", "最多返回的字符数。", default=20000)},
      ["document_id"], ann=RO),
    T("create_doc",
      "在指定文件夹中新建文档并写入 Markdown 内容。调用前请与用户确认标题和目标文件夹；"
      "不传 `folder_token` 时创建在应用的根目录。",
      {"title": P(desc="文档标题。"),
       "folder_token": P(desc="目标文件夹 token，可从文件夹 URL 获取。"),
       "markdown": P(desc="正文，支持标题、列表、代码块、表格。")},
      ["title"], ann=RW),
    T("send_message",
      "以机器人身份向单聊或群聊发送消息。\n\n"
      "**重要：未经用户明确同意，不要发送任何消息。** 请先把最终内容和接收方展示给用户，得到「发送」之类的确认后再调用。",
      {"receive_id_type": P(desc="接收方 ID 类型。", enum=["open_id", "user_id", "union_id", "email", "chat_id"]),
       "receive_id": P(desc="接收方 ID。"),
       "msg_type": P(desc="消息类型。", enum=["text", "post", "interactive"], default="text"),
       "content": P(desc="消息内容（JSON 字符串），如 {\"text\":\"你好\"}。")},
      ["receive_id_type", "receive_id", "content"], ann=RW),
    T("list_bitable_records",
      "读取多维表格中的记录，可按视图和筛选公式过滤。字段名匹配不区分大小写。",
      {"app_token": P(desc="多维表格 app_token。"),
       "table_id": P(desc="数据表 ID，以 tbl 开头。"),
       "view_id": P(desc="视图 ID（可选）。"),
       "filter": P(desc="筛选公式，例如 CurrentValue.[状态]=\"进行中\"。"),
       "page_size": P("integer", "每页条数，最大 500。", default=100)},
      ["app_token", "table_id"], ann=RO),
  ],
  resources=[resource("feishu://wiki/spaces", "知识空间列表", "当前应用可访问的知识空间（space_id、名称、描述）。", "application/json")],
  prompts=[prompt("meeting_minutes", "根据会议文档生成结构化纪要：结论、待办（负责人/截止日期）、风险。",
                  [("document_id", "会议记录文档的 ID", True), ("language", "输出语言，默认中文", False)])])

S("zh-Hans", "zhifubao-pay",
  instructions=("支付宝开放平台（当面付 / 电脑网站支付）MCP 服务。\n"
                "配置项：ALIPAY_APP_ID、ALIPAY_PRIVATE_KEY_PATH（应用私钥文件路径）、ALIPAY_PUBLIC_KEY（支付宝公钥）。"
                "私钥仅在本地用于请求签名，不会出现在任何工具的返回结果中；请勿要求用户在对话中粘贴私钥。\n"
                "沙箱调试：设置 ALIPAY_SANDBOX=true，所有请求将发往 openapi-sandbox.dl.alipaydev.com。\n"
                "涉及资金的操作（下单、退款、关闭订单）必须先向用户确认金额与订单号。"),
  tools=[
    T("create_precreate_order",
      "创建当面付预下单，返回收款二维码链接（qr_code）。⚠️ 涉及真实资金：调用前请与用户确认金额、商品标题和商户订单号。",
      {"out_trade_no": P(desc="商户订单号，64 个字符以内，商户系统内唯一。"),
       "total_amount": P(desc="订单金额，单位为元，精确到小数点后两位，例如 \"88.80\"。"),
       "subject": P(desc="订单标题，例如 \"门店消费\"。"),
       "timeout_express": P(desc="支付超时时间，例如 \"15m\"。", default="30m")},
      ["out_trade_no", "total_amount", "subject"], ann=RW),
    T("query_trade",
      "查询交易状态。返回 trade_status：WAIT_BUYER_PAY（等待付款）、TRADE_SUCCESS（支付成功）、"
      "TRADE_CLOSED（已关闭或已全额退款）、TRADE_FINISHED（交易结束，不可退款）。",
      {"out_trade_no": P(desc="商户订单号。"), "trade_no": P(desc="支付宝交易号，二者至少填一个。")},
      ann=RO),
    T("refund_trade",
      "对已支付的交易发起退款（可部分退款）。退款一经受理不可撤销，调用前务必向用户确认退款金额和原因。",
      {"out_trade_no": P(desc="商户订单号。"),
       "refund_amount": P(desc="退款金额（元），不能超过可退金额。"),
       "refund_reason": P(desc="退款原因，会展示给买家。"),
       "out_request_no": P(desc="退款请求号；部分退款时必填，同一笔退款重试时保持不变。")},
      ["out_trade_no", "refund_amount"], ann=DESTRUCTIVE),
    T("close_trade", "关闭未付款的订单。已支付的订单请使用退款。",
      {"out_trade_no": P(desc="商户订单号。")}, ["out_trade_no"], ann=DESTRUCTIVE),
    T("download_bill_url",
      "获取对账单下载地址（trade 业务账单或 signcustomer 资金账单）。地址 30 秒内有效，仅供当前用户下载。",
      {"bill_type": P(enum=["trade", "signcustomer"], default="trade"),
       "bill_date": P(desc="账单日期，格式 yyyy-MM-dd 或 yyyy-MM。")},
      ["bill_date"], ann=RO),
  ],
  prompts=[prompt("daily_reconcile", "核对某一天的支付宝账单与商户订单，列出金额不一致、漏单和重复退款。",
                  [("bill_date", "对账日期 yyyy-MM-dd", True)])])

S("zh-Hans", "amap-maps",
  instructions="高德地图 MCP Server。需要在环境变量 AMAP_MAPS_API_KEY 中配置 Web 服务 Key。坐标均为 GCJ-02（“火星坐标”），格式为 “经度,纬度”。",
  tools=[
    T("maps_geo", "将详细的结构化地址转换为经纬度坐标。支持对地标性名胜景区、建筑物名称解析为经纬度坐标。",
      {"address": P(desc="待解析的结构化地址信息，例如 \"北京市朝阳区阜通东大街6号\"。"),
       "city": P(desc="指定查询的城市，可选。")}, ["address"], ann=OPEN_RO),
    T("maps_regeocode", "将一个高德经纬度坐标转换为行政区划地址信息。",
      {"location": P(desc="经纬度，格式 \"116.481488,39.990464\"。")}, ["location"], ann=OPEN_RO),
    T("maps_direction_driving",
      "驾车路径规划：根据起终点坐标规划驾车方案，返回距离、预计耗时、收费和分段导航指引。",
      {"origin": P(desc="出发点经纬度。"), "destination": P(desc="目的地经纬度。"),
       "strategy": P("integer", "算路策略：0 速度优先，1 费用优先，2 距离优先，4 躲避拥堵。", default=0)},
      ["origin", "destination"], ann=OPEN_RO),
    T("maps_weather", "根据城市名称或者标准 adcode 查询指定城市的天气（实况或未来 4 天预报）。",
      {"city": P(desc="城市名称或者 adcode，例如 \"杭州\" 或 \"330100\"。"),
       "extensions": P(desc="base 返回实况，all 返回预报。", enum=["base", "all"], default="base")},
      ["city"], ann=OPEN_RO),
    T("maps_around_search", "周边搜索：以某个坐标为中心，搜索半径内的 POI（餐厅、加油站、充电桩等）。",
      {"location": P(desc="中心点经纬度。"), "keywords": P(desc="搜索关键词。"),
       "radius": P("integer", "搜索半径（米），最大 50000。", default=1000)},
      ["location"], ann=OPEN_RO),
  ])

S("zh-Hans", "dingtalk-robot",
  instructions=("钉钉群自定义机器人。Webhook 地址与加签密钥（以 SEC 开头）在服务器配置文件 ~/.config/dingtalk-mcp/config.toml 中设置，"
                "不要让用户把密钥粘贴到对话里，也不要在回复中显示。机器人每分钟最多发送 20 条消息。"),
  tools=[
    T("send_text", "向钉钉群发送文本消息。可通过 at_mobiles 或 is_at_all @人。发送前请让用户确认内容，@所有人需要用户明确同意。",
      {"content": P(desc="消息内容。若机器人设置了关键词安全校验，内容中必须包含该关键词。"),
       "at_mobiles": arr(P(), "被 @ 人的手机号列表。"),
       "is_at_all": P("boolean", "是否 @所有人。", default=False),
       "robot": P(desc="配置文件中机器人的别名，默认使用 default。", default="default")},
      ["content"], ann=RW),
    T("send_markdown", "发送 Markdown 消息（支持标题、引用、加粗、链接、图片、有序/无序列表）。",
      {"title": P(desc="会话列表中显示的标题。"), "text": P(desc="Markdown 正文。"),
       "robot": P(desc="机器人别名。", default="default")}, ["title", "text"], ann=RW),
    T("list_robots", "列出配置文件中的机器人别名和所属群名称（不返回 Webhook 地址和密钥）。", {}, ann=RO),
  ],
  prompts=[prompt("daily_standup", "把用户口述的工作内容整理成钉钉日报格式（今日完成 / 明日计划 / 需要协调）。",
                  [("notes", "用户的工作记录", True)])])

S("zh-Hans", "aliyun-ecs-ops",
  instructions=("阿里云 ECS 运维助手。凭据读取顺序：环境变量 ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET → "
                "~/.aliyun/config.json 中的当前 profile → ECS 实例 RAM 角色。建议使用只读 RAM 子账号；"
                "run_command 需要额外的 ecs:RunCommand 权限。"),
  tools=[
    T("describe_instances", "列出指定地域的 ECS 实例（ID、名称、状态、公网/私网 IP、规格、到期时间）。名称过滤忽略大小写。",
      {"region_id": P(desc="地域 ID，例如 cn-hangzhou。"), "name_filter": P(desc="按实例名称模糊过滤。"),
       "status": P(enum=["Running", "Stopped", "Starting", "Stopping"], desc="按状态过滤。")},
      ["region_id"], ann=RO),
    T("run_command",
      "通过云助手在一个或多个实例上执行 Shell / PowerShell 命令，并返回输出。\n\n"
      "这是高权限操作：\n"
      "1. 调用前把完整命令和目标实例列表展示给用户，等待确认；\n"
      "2. 除非用户明确要求，不要执行 `rm -rf`、`shutdown`、`reboot`、修改防火墙等破坏性命令；\n"
      "3. 命令默认超时 60 秒。",
      {"region_id": P(), "instance_ids": arr(P(), "目标实例 ID 列表。"),
       "command": P(desc="要执行的命令内容。"),
       "type": P(enum=["RunShellScript", "RunPowerShellScript"], default="RunShellScript"),
       "timeout": P("integer", "超时秒数。", default=60)},
      ["region_id", "instance_ids", "command"], ann=DESTRUCTIVE),
    T("describe_security_group_rules", "查看安全组的入方向/出方向规则，并标出对 0.0.0.0/0 开放 22、3389、3306 等高危端口的规则。",
      {"region_id": P(), "security_group_id": P()}, ["region_id", "security_group_id"], ann=RO),
    T("list_profiles",
      "读取本地 ~/.aliyun/config.json，返回已配置的 profile 名称、模式和默认地域。AccessKey Secret 等敏感字段会被替换为 ****，不会返回。",
      {}, ann=RO),
    T("stop_instance", "停止实例。停止前请确认实例上没有正在运行的业务，并获得用户同意。",
      {"instance_id": P(), "force": P("boolean", "是否强制停止（可能丢失未写盘数据）。", default=False)},
      ["instance_id"], ann=DESTRUCTIVE),
  ],
  templates=[template("aliyun://ecs/{region_id}/{instance_id}", "实例详情", "单个 ECS 实例的完整属性（JSON）。")])

# ==============================================================================================
# 繁體中文 (zh-Hant)
# ==============================================================================================
S("zh-Hant", "tw-einvoice",
  instructions=("財政部電子發票整合服務平台 API。需先申請 AppID 與 API Key，設定於環境變數 EINVOICE_APP_ID / EINVOICE_API_KEY。"
                "查詢手機條碼載具時需要使用者提供載具驗證碼；驗證碼只會傳給財政部 API 用於驗證，不會被儲存，也請勿在回覆中重複顯示。"),
  tools=[
    T("query_invoice_header", "查詢單張發票表頭（開立日期、賣方名稱、統一編號、金額）。",
      {"invoice_number": P(desc="發票號碼，例如 AB12345678。"), "invoice_date": P(desc="開立日期 yyyy/MM/dd。")},
      ["invoice_number", "invoice_date"], ann=OPEN_RO),
    T("query_carrier_invoices",
      "查詢手機條碼載具在指定期間內的發票清單（最多查詢近 3 個月）。結果只回傳給目前使用者。",
      {"card_no": P(desc="手機條碼，格式為 / 開頭加 7 碼，例如 /ABC+123。"),
       "card_encrypt": P(desc="載具驗證碼。"),
       "start_date": P(desc="yyyy/MM/dd"), "end_date": P(desc="yyyy/MM/dd")},
      ["card_no", "card_encrypt", "start_date", "end_date"], ann=OPEN_RO),
    T("check_lottery", "統一發票對獎：輸入期別與發票號碼，回傳是否中獎與獎別（特別獎、特獎、頭獎…六獎）。",
      {"term": P(desc="期別，例如 11305 代表 113 年 5-6 月。"), "invoice_numbers": arr(P(), "要對獎的發票號碼。")},
      ["term", "invoice_numbers"], ann=OPEN_RO),
  ],
  resources=[resource("einvoice://lottery/latest", "最新一期中獎號碼", "特別獎、特獎、頭獎號碼與領獎期間。", "application/json")],
  prompts=[prompt("monthly_expense_summary", "依照載具發票整理當月消費：依店家類別分組、列出前十大支出、與上月比較。",
                  [("month", "月份，例如 2024-05", True)])])

S("zh-Hant", "tra-timetable",
  instructions="臺鐵列車時刻與即時動態（資料來源：TDX 運輸資料流通服務）。站名支援「臺北」與「台北」兩種寫法，比對時忽略全形/半形差異。",
  tools=[
    T("search_trains", "查詢兩站之間指定日期的車次，回傳車種（自強、莒光、區間…）、出發/抵達時間與是否有訂位。",
      {"from_station": P(desc="起站名稱或代碼。"), "to_station": P(desc="迄站名稱或代碼。"),
       "date": P(desc="乘車日期 yyyy-MM-dd。"),
       "train_types": arr(P(enum=["tze-chiang", "chu-kuang", "local", "puyuma", "taroko"]), "車種篩選。")},
      ["from_station", "to_station", "date"], ann=OPEN_RO),
    T("get_live_board", "車站即時到離站看板：未來 60 分鐘內的列車、月台與誤點分鐘數。",
      {"station": P(desc="車站名稱。")}, ["station"], ann=OPEN_RO),
    T("get_station_list", "列出全部車站代碼與中英文站名。", {}, ann=RO),
  ],
  templates=[template("tra://train/{train_no}/{date}", "車次停靠站", "指定車次當日的停靠站與各站時刻。")])

S("zh-Hant", "line-messaging-tw",
  instructions=("LINE Messaging API（官方帳號）。Channel access token 由環境變數 LINE_CHANNEL_ACCESS_TOKEN 提供，"
                "切勿在對話中顯示，也不要請使用者貼上。推播（push）與廣播（broadcast）會計入每月免費訊息額度。"),
  tools=[
    T("push_message", "傳送推播訊息給單一使用者或群組。請先把訊息內容給使用者確認，未經同意不要傳送。",
      {"to": P(desc="userId、groupId 或 roomId。"),
       "messages": arr(obj({"type": P(enum=["text", "sticker", "image", "flex"]), "text": P()}), "最多 5 則訊息物件。")},
      ["to", "messages"], ann=RW),
    T("broadcast",
      "對所有加入好友的使用者廣播訊息。⚠️ 廣播無法撤回，且會消耗大量訊息額度：執行前務必請使用者再次確認內容與發送時間。",
      {"messages": arr(obj({"type": P(), "text": P()}), "訊息物件。"),
       "notification_disabled": P("boolean", "是否以無聲通知傳送。", default=False)},
      ["messages"], ann=DESTRUCTIVE),
    T("get_profile", "取得好友的顯示名稱、頭像網址與狀態消息。", {"user_id": P()}, ["user_id"], ann=RO),
    T("get_message_quota", "查詢本月訊息額度上限與已使用數量。", {}, ann=RO),
    T("get_followers_ids", "分頁取得好友 userId 清單（僅認證帳號或進階帳號可用）。",
      {"start": P(desc="上一頁回傳的 next 標記。")}, ann=RO),
  ])

# ==============================================================================================
# 日本語 (ja)
# ==============================================================================================
S("ja", "tenki_yoho",
  instructions="気象庁の防災情報 XML / 予報 JSON を利用した天気予報サーバーです。地域は府県予報区コード（例: 東京都 130000）で指定します。",
  tools=[
    T("get_forecast", "指定した地域の天気予報（今日・明日・明後日）と週間予報を取得します。降水確率は 6 時間ごとです。",
      {"area_code": P(desc="府県予報区コード（6 桁）。例: 大阪府 270000、北海道石狩地方 016000。"),
       "include_weekly": P("boolean", "週間予報も含めるか。", default=True)},
      ["area_code"], ann=OPEN_RO),
    T("get_warnings", "現在発表中の警報・注意報（大雨、洪水、暴風、高潮、大雪など）を市区町村単位で取得します。",
      {"area_code": P(desc="府県予報区コード。")}, ["area_code"], ann=OPEN_RO),
    T("get_amedas", "アメダス観測値（気温・降水量・風向風速・日照時間・積雪深）の最新値を返します。",
      {"station_id": P(desc="アメダス観測所番号（5 桁）。例: 東京 44132。")}, ["station_id"], ann=OPEN_RO),
    T("search_area", "地名（ひらがな・カタカナ・漢字）から府県予報区コードを検索します。大文字小文字・全角半角は区別しません。",
      {"keyword": P(desc="例: よこはま、札幌、Naha")}, ["keyword"], ann=RO),
  ],
  resources=[resource("jma://area.json", "地域コード一覧", "気象庁の地域コード表（地方・府県予報区・一次細分区域）。", "application/json")],
  prompts=[prompt("fukusou_advice", "今日の天気予報から服装と持ち物（傘・日焼け止めなど）のアドバイスを作成します。",
                  [("area_code", "府県予報区コード", True)])])

S("ja", "freee-kaikei",
  instructions=("freee 会計 API 用 MCP サーバーです。\n"
                "初回は `freee-mcp auth` を実行して OAuth 認可を行ってください。アクセストークンとリフレッシュトークンは "
                "~/.config/freee-mcp/tokens.json（パーミッション 600）に保存され、自動で更新されます。"
                "トークンの値を応答に表示したり、ユーザーに入力を求めたりしないでください。\n"
                "複数事業所がある場合は、最初に `list_companies` で company_id を確認してください。"),
  tools=[
    T("list_companies", "ログインユーザーが所属する事業所の一覧（company_id、表示名、ロール）を返します。", {}, ann=RO),
    T("list_deals", "取引（収入・支出）を検索します。期間、取引先、勘定科目、決済状況で絞り込めます。",
      {"company_id": P("integer"), "type": P(enum=["income", "expense"]),
       "start_issue_date": P(desc="発生日の開始 (yyyy-mm-dd)"), "end_issue_date": P(desc="発生日の終了"),
       "partner_id": P("integer"), "status": P(enum=["unsettled", "settled"]),
       "limit": P("integer", default=50, maximum=100)},
      ["company_id"], ann=RO),
    T("create_deal",
      "取引を登録します。\n\n登録前に、**発生日・金額・勘定科目・税区分・取引先** をユーザーに提示して確認を取ってください。"
      "誤って登録した場合は freee の画面から削除できますが、締め済みの期間には登録できません。",
      {"company_id": P("integer"), "issue_date": P(desc="発生日"), "type": P(enum=["income", "expense"]),
       "partner_id": P("integer", "取引先 ID（任意）"),
       "details": arr(obj({"account_item_id": P("integer"), "tax_code": P("integer"), "amount": P("integer", "税込金額（円）"),
                           "description": P()}), "明細行")},
      ["company_id", "issue_date", "type", "details"], ann=RW),
    T("upload_receipt",
      "証憑ファイル（領収書・請求書の PDF / JPEG / PNG）をファイルボックスにアップロードします。ファイルは Base64 で渡してください（最大 10MB）。",
      {"company_id": P("integer"), "file_name": P(), "file_base64": P(desc="ファイル内容の Base64 文字列。"),
       "description": P(desc="メモ（任意）")},
      ["company_id", "file_name", "file_base64"], ann=RW),
    T("list_account_items", "勘定科目の一覧を返します。名前検索は部分一致・大文字小文字を区別しません。",
      {"company_id": P("integer"), "keyword": P()}, ["company_id"], ann=RO),
  ])

S("ja", "chatwork",
  instructions="Chatwork API v2。API トークンは環境変数 CHATWORK_API_TOKEN で設定します（個人設定 → サービス連携 → API トークン）。トークンは会話に表示しないでください。",
  tools=[
    T("list_rooms", "参加しているチャット一覧（room_id、名前、未読数、メンション数）を取得します。", {}, ann=RO),
    T("get_messages", "チャットのメッセージを取得します。force=false の場合は前回取得以降の差分のみ（最大 100 件）です。",
      {"room_id": P("integer"), "force": P("boolean", default=False)}, ["room_id"], ann=RO),
    T("post_message",
      "チャットにメッセージを投稿します。ユーザーの承認なしにメッセージを送信しないでください。"
      "[To:アカウントID] でメンション、[info][/info] で囲むと枠付き表示になります。",
      {"room_id": P("integer"), "body": P(desc="本文"), "self_unread": P("boolean", "自分の投稿を未読にする", default=False)},
      ["room_id", "body"], ann=RW),
    T("create_task", "チャットにタスクを追加します。担当者と期限を指定できます。",
      {"room_id": P("integer"), "body": P(), "to_ids": arr(P("integer"), "担当者のアカウント ID"),
       "limit": P("integer", "期限（UNIX 秒）")}, ["room_id", "body", "to_ids"], ann=RW),
  ])

S("ja", "backlog",
  instructions=("Backlog（ヌーラボ）MCP サーバー。BACKLOG_DOMAIN（例: example.backlog.jp）と BACKLOG_API_KEY を設定してください。\n"
                "課題キーは「PROJ-123」の形式です。課題の削除ツールはあえて提供していません。"),
  tools=[
    T("get_issues", "課題を検索します。キーワードは件名・詳細を対象に大文字小文字を区別せず検索します。",
      {"project_id": arr(P("integer")), "status_id": arr(P("integer"), "1:未対応 2:処理中 3:処理済み 4:完了"),
       "assignee_id": arr(P("integer")), "keyword": P(), "count": P("integer", default=20, maximum=100)},
      ann=RO),
    T("add_issue", "課題を追加します。件名・種別・優先度は必須です。作成前に内容をユーザーに確認してください。",
      {"project_id": P("integer"), "summary": P(), "issue_type_id": P("integer"), "priority_id": P("integer", "2:高 3:中 4:低"),
       "description": P(desc="Backlog 記法または Markdown（プロジェクト設定による）"), "due_date": P(desc="yyyy-MM-dd")},
      ["project_id", "summary", "issue_type_id", "priority_id"], ann=RW),
    T("add_comment", "課題にコメントを追加します。notified_user_id を指定すると、その人にお知らせが届きます。",
      {"issue_key": P(desc="例: PROJ-123"), "content": P(), "notified_user_id": arr(P("integer"))},
      ["issue_key", "content"], ann=RW),
    T("get_wiki_page", "Wiki ページの本文を取得します。", {"wiki_id": P("integer")}, ["wiki_id"], ann=RO),
  ],
  templates=[template("backlog://issue/{issueKey}", "課題詳細", "課題の本文、コメント、添付ファイル一覧。")],
  prompts=[prompt("weekly_report", "プロジェクトの今週完了した課題と遅延中の課題から週報を作成します。",
                  [("project_key", "プロジェクトキー", True)])])

# ==============================================================================================
# 한국어 (ko)
# ==============================================================================================
S("ko", "naver-search",
  instructions="네이버 검색 Open API MCP 서버입니다. 네이버 개발자센터에서 발급받은 NAVER_CLIENT_ID, NAVER_CLIENT_SECRET 환경 변수가 필요합니다. 하루 호출 한도는 25,000회입니다.",
  tools=[
    T("search_blog", "네이버 블로그 검색 결과를 반환합니다. 검색어는 대소문자를 구분하지 않습니다.",
      {"query": P(desc="검색어 (UTF-8)"), "display": P("integer", "한 번에 표시할 결과 수 (1~100)", default=10),
       "start": P("integer", "검색 시작 위치 (1~1000)", default=1), "sort": P(enum=["sim", "date"], desc="sim: 정확도순, date: 날짜순", default="sim")},
      ["query"], ann=OPEN_RO),
    T("search_news", "네이버 뉴스 검색. 제목과 요약의 <b> 태그는 검색어 강조 표시이므로 제거해도 됩니다.",
      {"query": P(), "display": P("integer", default=10), "sort": P(enum=["sim", "date"], default="date")},
      ["query"], ann=OPEN_RO),
    T("search_shopping", "네이버 쇼핑 상품 검색 (최저가, 판매처, 카테고리).",
      {"query": P(), "display": P("integer", default=20), "sort": P(enum=["sim", "date", "asc", "dsc"], default="sim"),
       "exclude": P(desc="제외할 상품 유형: used(중고), rental(렌탈), cbshop(해외직구). 콜론으로 구분")},
      ["query"], ann=OPEN_RO),
    T("search_local", "지역 검색: 업체명, 주소, 도로명주소, 카테고리를 반환합니다. 최대 5건.",
      {"query": P(desc="예: 강남역 맛집"), "sort": P(enum=["random", "comment"], default="random")},
      ["query"], ann=OPEN_RO),
    T("datalab_search_trend", "데이터랩 검색어 트렌드: 기간별 검색량 상대 지수(0~100)를 조회합니다.",
      {"start_date": P(desc="yyyy-mm-dd"), "end_date": P(), "time_unit": P(enum=["date", "week", "month"]),
       "keyword_groups": arr(obj({"groupName": P(), "keywords": arr(P())}), "최대 5개 그룹")},
      ["start_date", "end_date", "time_unit", "keyword_groups"], ann=OPEN_RO),
  ])

S("ko", "kakao-talk",
  instructions=("카카오 REST API (카카오톡 메시지). 사용자는 `kakao-mcp login`으로 카카오 로그인을 한 번 진행해야 합니다. "
                "액세스 토큰은 OS 키체인에 저장되며 이 서버만 사용합니다. 토큰 값은 절대 응답에 표시하지 마세요."),
  tools=[
    T("send_to_me", "'나에게 보내기'로 본인 카카오톡에 메모를 보냅니다. 링크 버튼을 1개 붙일 수 있습니다.",
      {"text": P(desc="최대 200자"), "link_url": P(desc="버튼 링크 (선택)")}, ["text"], ann=RW),
    T("send_to_friends",
      "친구에게 카카오톡 메시지를 보냅니다. 친구에게 메시지를 보내기 전에는 반드시 사용자에게 수신자와 내용을 보여주고 확인을 받으세요. "
      "앱에 연결되어 있고 메시지 수신에 동의한 친구에게만 보낼 수 있습니다.",
      {"receiver_uuids": arr(P(), "친구 UUID 목록 (최대 5명)"), "text": P()},
      ["receiver_uuids", "text"], ann=RW),
    T("list_friends", "메시지를 보낼 수 있는 친구 목록(닉네임, UUID, 즐겨찾기 여부)을 조회합니다.",
      {"limit": P("integer", default=20)}, ann=RO),
  ],
  prompts=[prompt("compose_invitation", "모임 초대 메시지를 정중한 말투로 작성합니다. 전송은 하지 않고 초안만 만듭니다.",
                  [("event", "모임 내용", True), ("tone", "말투: 격식체/친근체", False)])])

S("ko", "toss-payments",
  instructions=("토스페이먼츠 결제 API. 시크릿 키(test_sk_... 또는 live_sk_...)는 TOSS_SECRET_KEY 환경 변수로만 설정하며, "
                "어떤 경우에도 응답이나 로그에 시크릿 키를 노출하지 마세요. live 키를 사용할 때는 모든 승인·취소 작업 전에 사용자 확인이 필요합니다."),
  tools=[
    T("confirm_payment", "결제창 인증이 끝난 결제를 승인합니다. 실제 금액이 청구되므로 금액과 주문번호를 사용자에게 확인받은 뒤 호출하세요.",
      {"payment_key": P(), "order_id": P(desc="6~64자, 영문 대소문자·숫자·-·_"), "amount": P("integer", "결제 금액 (원)")},
      ["payment_key", "order_id", "amount"], ann=RW),
    T("cancel_payment", "결제를 취소합니다. cancel_amount를 비우면 전액 취소됩니다. 취소는 되돌릴 수 없습니다.",
      {"payment_key": P(), "cancel_reason": P(desc="취소 사유 (필수)"), "cancel_amount": P("integer", "부분 취소 금액")},
      ["payment_key", "cancel_reason"], ann=DESTRUCTIVE),
    T("get_payment", "paymentKey 또는 orderId로 결제 상세(상태, 결제수단, 승인 시각, 영수증 URL)를 조회합니다.",
      {"payment_key": P(), "order_id": P()}, ann=RO),
    T("list_settlements", "정산 내역을 기간별로 조회합니다 (정산 예정일, 수수료, 부가세).",
      {"start_date": P(), "end_date": P()}, ["start_date", "end_date"], ann=RO),
  ],
  resources=[resource("toss://docs/error-codes", "에러 코드 표", "결제 승인·취소 API 에러 코드와 대응 방법.", "text/markdown")])

# ==============================================================================================
# Tiếng Việt (vi)
# ==============================================================================================
S("vi", "gia_vang",
  instructions="Máy chủ MCP tra cứu giá vàng và tỷ giá tại Việt Nam. Dữ liệu lấy từ trang công khai của SJC, PNJ, DOJI và Vietcombank, cập nhật mỗi 15 phút. Chỉ mang tính tham khảo, không phải lời khuyên đầu tư.",
  tools=[
    T("lay_gia_vang", "Lấy giá vàng mua vào / bán ra hiện tại (đơn vị: nghìn đồng/lượng) theo thương hiệu và khu vực.",
      {"thuong_hieu": P(enum=["SJC", "PNJ", "DOJI", "BTMC"], default="SJC"),
       "khu_vuc": P(desc="Ví dụ: Hà Nội, TP.HCM, Đà Nẵng. Không phân biệt hoa thường, có dấu hay không dấu.")},
      ann=OPEN_RO),
    T("lich_su_gia_vang", "Lịch sử giá vàng theo ngày trong khoảng thời gian (tối đa 365 ngày).",
      {"thuong_hieu": P(default="SJC"), "tu_ngay": P(desc="dd/mm/yyyy"), "den_ngay": P(desc="dd/mm/yyyy")},
      ["tu_ngay", "den_ngay"], ann=OPEN_RO),
    T("lay_ty_gia", "Tỷ giá ngoại tệ của Vietcombank (mua tiền mặt, mua chuyển khoản, bán).",
      {"ma_ngoai_te": arr(P(), "Ví dụ: USD, EUR, JPY. Để trống để lấy tất cả.")}, ann=OPEN_RO),
  ],
  prompts=[prompt("so_sanh_gia", "So sánh giá vàng giữa các thương hiệu hôm nay và chênh lệch mua–bán.", [])])

S("vi", "zalo-oa",
  instructions=("Zalo Official Account API v3. Access token của OA có hiệu lực 25 giờ và được máy chủ tự làm mới bằng refresh token "
                "lưu trong tệp cấu hình. Không hiển thị token trong câu trả lời và không yêu cầu người dùng dán token vào cuộc trò chuyện."),
  tools=[
    T("gui_tin_nhan",
      "Gửi tin nhắn tư vấn tới người quan tâm OA. Không gửi tin nhắn khi chưa có sự đồng ý của người dùng: hãy hiển thị bản nháp và người nhận, chờ xác nhận rồi mới gọi.",
      {"user_id": P(desc="ID người dùng theo OA."), "noi_dung": P(desc="Nội dung văn bản, tối đa 2000 ký tự.")},
      ["user_id", "noi_dung"], ann=RW),
    T("danh_sach_nguoi_quan_tam", "Lấy danh sách người quan tâm OA (phân trang, tối đa 50 mỗi trang).",
      {"offset": P("integer", default=0), "count": P("integer", default=50)}, ann=RO),
    T("thong_tin_nguoi_dung", "Lấy tên hiển thị, ảnh đại diện và nhãn (tag) của một người quan tâm.",
      {"user_id": P()}, ["user_id"], ann=RO),
    T("gan_nhan", "Gắn nhãn cho người quan tâm để phân nhóm (ví dụ: khach_vip).",
      {"user_id": P(), "ten_nhan": P()}, ["user_id", "ten_nhan"], ann=IDEMP),
  ])

S("vi", "momo-thanh-toan",
  instructions=("Cổng thanh toán MoMo (API v2). Cấu hình: MOMO_PARTNER_CODE, MOMO_ACCESS_KEY, MOMO_SECRET_KEY. "
                "Secret key chỉ dùng để ký HMAC-SHA256 trên máy chủ và không bao giờ được trả về trong kết quả. "
                "Môi trường thử nghiệm: test-payment.momo.vn."),
  tools=[
    T("tao_yeu_cau_thanh_toan",
      "Tạo yêu cầu thanh toán và trả về payUrl / deeplink / mã QR. Giao dịch liên quan đến tiền thật: xác nhận số tiền và mã đơn hàng với người dùng trước khi gọi.",
      {"order_id": P(), "amount": P("integer", "Số tiền (VND), từ 1.000 đến 50.000.000"),
       "order_info": P(desc="Mô tả đơn hàng"), "redirect_url": P(), "ipn_url": P(desc="URL webhook nhận kết quả thanh toán (IPN) của hệ thống bạn.")},
      ["order_id", "amount", "order_info"], ann=RW),
    T("kiem_tra_giao_dich", "Truy vấn trạng thái giao dịch theo orderId. resultCode = 0 nghĩa là thành công.",
      {"order_id": P()}, ["order_id"], ann=RO),
    T("hoan_tien", "Hoàn tiền toàn bộ hoặc một phần cho giao dịch đã thành công. Không thể hủy yêu cầu hoàn tiền sau khi gửi — hãy hỏi lại người dùng.",
      {"trans_id": P("integer"), "amount": P("integer"), "description": P()}, ["trans_id", "amount"], ann=DESTRUCTIVE),
  ])

# ==============================================================================================
# ภาษาไทย (th)
# ==============================================================================================
S("th", "promptpay-qr",
  instructions="สร้าง QR พร้อมเพย์ตามมาตรฐาน EMVCo และตรวจสอบสลิปโอนเงินผ่าน API ของผู้ให้บริการตรวจสลิป (ตั้งค่า SLIP_API_KEY ในไฟล์ .env ของเซิร์ฟเวอร์). คีย์นี้ใช้ภายในเซิร์ฟเวอร์เท่านั้น ห้ามแสดงในคำตอบ",
  tools=[
    T("create_promptpay_qr", "สร้าง QR Code พร้อมเพย์สำหรับรับเงิน (ไม่มีการตัดเงินใด ๆ) คืนค่าเป็น payload และรูป PNG แบบ base64",
      {"promptpay_id": P(desc="เบอร์โทรศัพท์ 10 หลัก หรือเลขประจำตัวผู้เสียภาษี 13 หลัก"),
       "amount": P("number", "จำนวนเงิน (บาท) เว้นว่างเพื่อให้ผู้จ่ายกรอกเอง")},
      ["promptpay_id"], ann=RO),
    T("verify_slip", "ตรวจสอบสลิปโอนเงินจากรูปภาพ: ธนาคารผู้โอน/ผู้รับ จำนวนเงิน เวลา และเลขอ้างอิง ผลลัพธ์จะแสดงเฉพาะกับผู้ใช้ที่ส่งสลิปเท่านั้น",
      {"image_base64": P(desc="รูปสลิป (JPEG/PNG) เข้ารหัส base64"), "expected_amount": P("number", "ยอดที่คาดว่าจะได้รับ (ถ้ามี)")},
      ["image_base64"], ann=RO),
    T("decode_qr_payload", "ถอดรหัส payload ของ QR พร้อมเพย์/Thai QR เพื่อดูผู้รับและจำนวนเงินก่อนจ่าย", {"payload": P()}, ["payload"], ann=RO),
  ])

S("th", "tmd-weather",
  instructions="ข้อมูลพยากรณ์อากาศจากกรมอุตุนิยมวิทยา (TMD API) ต้องตั้งค่า TMD_TOKEN ในตัวแปรสภาพแวดล้อม ชื่อจังหวัดไม่สนใจตัวพิมพ์เล็ก-ใหญ่และรองรับทั้งภาษาไทยและอังกฤษ",
  tools=[
    T("forecast_daily", "พยากรณ์อากาศรายวันล่วงหน้าสูงสุด 7 วัน: อุณหภูมิสูงสุด/ต่ำสุด โอกาสฝนตก ความเร็วลม",
      {"province": P(desc="ชื่อจังหวัด เช่น เชียงใหม่ หรือ Chiang Mai"), "days": P("integer", default=3, maximum=7)},
      ["province"], ann=OPEN_RO),
    T("forecast_hourly", "พยากรณ์รายชั่วโมง 48 ชั่วโมงตามพิกัด", {"lat": P("number"), "lon": P("number")}, ["lat", "lon"], ann=OPEN_RO),
    T("latest_earthquakes", "รายงานแผ่นดินไหวล่าสุดในประเทศไทยและประเทศใกล้เคียง (ขนาด ตำแหน่ง ความลึก)",
      {"min_magnitude": P("number", default=3.0)}, ann=OPEN_RO),
    T("weather_warnings", "ประกาศเตือนภัย เช่น พายุฤดูร้อน ฝนตกหนัก คลื่นลมแรง", {}, ann=OPEN_RO),
  ],
  resources=[resource("tmd://provinces", "รายชื่อจังหวัด", "รหัสและชื่อจังหวัด 77 จังหวัด (ไทย/อังกฤษ)", "application/json")])

S("th", "line-oa-shop",
  instructions="ผู้ช่วยร้านค้าบน LINE OA: ตอบแชทลูกค้า ดูออเดอร์ และส่งข้อความแจ้งเตือน ทุกข้อความที่ส่งถึงลูกค้าต้องให้ผู้ใช้ (แอดมินร้าน) อนุมัติก่อนเสมอ",
  tools=[
    T("list_chats", "รายการแชทล่าสุดที่ยังไม่ได้ตอบ เรียงตามเวลา", {"limit": P("integer", default=20)}, ann=RO),
    T("reply_customer", "ส่งข้อความตอบลูกค้า ห้ามส่งโดยไม่ได้รับการยืนยันจากแอดมิน ให้แสดงร่างข้อความก่อน",
      {"chat_id": P(), "text": P()}, ["chat_id", "text"], ann=RW),
    T("list_orders", "ดูออเดอร์ตามสถานะ (รอชำระ ชำระแล้ว จัดส่งแล้ว)", {"status": P(enum=["pending", "paid", "shipped"])}, ann=RO),
    T("update_tracking", "บันทึกเลขพัสดุ (Kerry, Flash, ไปรษณีย์ไทย) ให้ออเดอร์", {"order_id": P(), "carrier": P(enum=["kerry", "flash", "thaipost", "jt"]), "tracking_no": P()},
      ["order_id", "carrier", "tracking_no"], ann=IDEMP),
  ],
  prompts=[prompt("reply_template", "ร่างคำตอบลูกค้าอย่างสุภาพ (ลงท้าย ค่ะ/ครับ ตามเพศของแอดมิน)",
                  [("question", "คำถามของลูกค้า", True), ("gender", "ค่ะ หรือ ครับ", False)])])

S("th", "secret-scan-th",
  instructions=("เครื่องมือสแกนความปลอดภัยสำหรับโปรเจกต์ (อิงจาก gitleaks และ osv-scanner) ทำงานบนเครื่องของผู้ใช้เท่านั้น ไม่มีการส่งโค้ดออกนอกเครื่อง\n"
                "เมื่อพบ API key, token หรือรหัสผ่านที่เผลอ commit ไว้ ผลลัพธ์จะแสดงเพียง 4 ตัวอักษรแรกตามด้วย **** — "
                "ห้ามพยายามแสดงค่าเต็มในคำตอบ ให้แนะนำผู้ใช้ยกเลิก (revoke) คีย์นั้นและสร้างใหม่แทน"),
  tools=[
    T("scan_secrets", "สแกนไฟล์และประวัติ git เพื่อหา secret ที่รั่วไหล (AWS key, GitHub token, private key, รหัสผ่านในไฟล์ .env)",
      {"path": P(desc="โฟลเดอร์โปรเจกต์", default="."), "include_history": P("boolean", "สแกน commit เก่าด้วย", default=False)},
      ann=RO),
    T("scan_dependencies", "ตรวจสอบช่องโหว่ของ dependency (package-lock.json, requirements.txt, go.sum) เทียบกับฐานข้อมูล OSV",
      {"path": P(default=".")}, ann=OPEN_RO),
    T("check_gitignore", "ตรวจว่าไฟล์ .env, *.pem, id_rsa ถูกใส่ใน .gitignore แล้วหรือยัง และแนะนำบรรทัดที่ควรเพิ่ม",
      {"path": P(default=".")}, ann=RO),
  ])

# ==============================================================================================
# Bahasa Indonesia (id)
# ==============================================================================================
S("id", "bmkg-cuaca",
  instructions="Server MCP untuk data terbuka BMKG (Badan Meteorologi, Klimatologi, dan Geofisika). Tidak memerlukan API key. Mohon cantumkan \"Sumber: BMKG\" saat menampilkan data kepada pengguna.",
  tools=[
    T("prakiraan_cuaca", "Prakiraan cuaca 3 hari per 3 jam untuk kelurahan/desa berdasarkan kode wilayah adm4.",
      {"adm4": P(desc="Kode wilayah tingkat IV, contoh 31.71.03.1001 (Kemayoran)."),}, ["adm4"], ann=OPEN_RO),
    T("cari_wilayah", "Cari kode wilayah berdasarkan nama kota/kecamatan/kelurahan. Pencarian tidak membedakan huruf besar-kecil.",
      {"nama": P(desc="Contoh: Bandung, Kuta, Tebet")}, ["nama"], ann=RO),
    T("gempa_terkini", "Informasi gempa bumi terkini (M ≥ 5.0) beserta potensi tsunami dan wilayah yang merasakan.",
      {"jumlah": P("integer", default=5, maximum=15)}, ann=OPEN_RO),
    T("peringatan_dini", "Peringatan dini cuaca ekstrem (hujan lebat, angin kencang) per provinsi.",
      {"provinsi": P()}, ["provinsi"], ann=OPEN_RO),
  ],
  resources=[resource("bmkg://gempa/autogempa", "Gempa terbaru", "Gempa terbaru yang dirilis BMKG (JSON).", "application/json")])

S("id", "midtrans",
  instructions=("Midtrans Core API & Snap. Atur MIDTRANS_SERVER_KEY dan MIDTRANS_IS_PRODUCTION di lingkungan server.\n"
                "- Server Key jangan pernah ditampilkan di jawaban, log, atau dikirim ke pihak lain.\n"
                "- Gunakan mode sandbox untuk percobaan.\n"
                "- Untuk transaksi production, selalu minta konfirmasi pengguna atas nominal dan order_id sebelum membuat transaksi atau refund."),
  tools=[
    T("buat_transaksi_snap", "Membuat token Snap dan redirect_url halaman pembayaran (QRIS, GoPay, VA bank, kartu kredit).",
      {"order_id": P(), "gross_amount": P("integer", "Nominal dalam Rupiah"),
       "customer_details": obj({"first_name": P(), "email": P(), "phone": P()}),
       "enabled_payments": arr(P(), "Contoh: gopay, qris, bca_va, bni_va")},
      ["order_id", "gross_amount"], ann=RW),
    T("cek_status", "Cek status transaksi (pending, settlement, expire, cancel, deny, refund).",
      {"order_id": P()}, ["order_id"], ann=RO),
    T("refund", "Refund sebagian atau penuh untuk transaksi yang sudah settlement. Tidak dapat dibatalkan setelah diproses.",
      {"order_id": P(), "amount": P("integer"), "reason": P()}, ["order_id", "amount"], ann=DESTRUCTIVE),
    T("batalkan_transaksi", "Membatalkan transaksi yang masih pending atau kartu yang masih authorize.",
      {"order_id": P()}, ["order_id"], ann=DESTRUCTIVE),
  ])

S("id", "tokopedia-seller",
  instructions="Asisten penjual Tokopedia (Tokopedia Open API / TikTok Shop Partner). Semua perubahan harga dan stok serta balasan ulasan harus ditinjau pengguna terlebih dahulu.",
  tools=[
    T("daftar_pesanan", "Ambil daftar pesanan berdasarkan status dan rentang tanggal.",
      {"status": P(enum=["baru", "diproses", "dikirim", "selesai", "dibatalkan"]), "dari": P(), "sampai": P()}, ann=RO),
    T("perbarui_stok_harga", "Perbarui stok dan/atau harga produk. Tampilkan perubahan (sebelum → sesudah) dan minta konfirmasi pengguna sebelum memanggil.",
      {"product_id": P("integer"), "stok": P("integer"), "harga": P("integer", "Rupiah")}, ["product_id"], ann=IDEMP),
    T("daftar_ulasan", "Ambil ulasan produk, bisa difilter berdasarkan rating.", {"rating": arr(P("integer")), "belum_dibalas": P("boolean", default=True)}, ann=RO),
    T("balas_ulasan", "Posting balasan untuk ulasan pembeli. Tampilkan draf balasan kepada pengguna dan minta konfirmasi sebelum memposting; balasan bersifat publik.",
      {"review_id": P("integer"), "balasan": P()}, ["review_id", "balasan"], ann=RW),
  ],
  prompts=[prompt("balasan_ulasan_negatif", "Susun draf balasan yang sopan dan solutif untuk ulasan bintang 1-2.",
                  [("ulasan", "Teks ulasan pembeli", True)])])

# ==============================================================================================
# हिन्दी (hi)
# ==============================================================================================
S("hi", "razorpay-hindi",
  instructions=("Razorpay भुगतान MCP सर्वर (हिन्दी विवरण)। RAZORPAY_KEY_ID और RAZORPAY_KEY_SECRET एनवायरनमेंट वेरिएबल में सेट करें। "
                "Key Secret को कभी भी उत्तर में न दिखाएँ और न ही उपयोगकर्ता से चैट में पेस्ट करवाएँ। "
                "लाइव मोड में पैसे से जुड़ा हर काम (पेमेंट लिंक, रिफ़ंड) करने से पहले उपयोगकर्ता से पुष्टि लें।"),
  tools=[
    T("create_payment_link", "ग्राहक के लिए UPI/कार्ड/नेटबैंकिंग भुगतान लिंक बनाता है। भुगतान लिंक बनाने से पहले राशि और ग्राहक विवरण उपयोगकर्ता से पुष्टि करें।",
      {"amount": P("integer", "राशि पैसे में (₹1 = 100)"), "description": P(),
       "customer": obj({"name": P(), "contact": P(desc="मोबाइल नंबर"), "email": P()}),
       "notify_sms": P("boolean", "ग्राहक को SMS भेजें", default=False), "expire_by": P("integer", "UNIX समय")},
      ["amount", "description"], ann=RW),
    T("fetch_payment", "payment_id से भुगतान की स्थिति (created, authorized, captured, refunded, failed) और विधि देखें।",
      {"payment_id": P(desc="pay_ से शुरू होने वाली ID")}, ["payment_id"], ann=RO),
    T("create_refund", "कैप्चर किए गए भुगतान पर पूरा या आंशिक रिफ़ंड। रिफ़ंड वापस नहीं लिया जा सकता।",
      {"payment_id": P(), "amount": P("integer", "पैसे में; खाली छोड़ने पर पूरा रिफ़ंड"), "speed": P(enum=["normal", "optimum"], default="normal")},
      ["payment_id"], ann=DESTRUCTIVE),
    T("list_settlements", "बैंक खाते में हुए सेटलमेंट की सूची।", {"from": P("integer"), "to": P("integer")}, ann=RO),
  ])

S("hi", "rail-pnr",
  instructions="भारतीय रेल की सार्वजनिक जानकारी (PNR स्थिति, ट्रेनों की सूची, लाइव स्थिति)। यह सर्वर टिकट बुक नहीं करता। स्टेशन कोड बड़े-छोटे अक्षरों से प्रभावित नहीं होते (ndls = NDLS)।",
  tools=[
    T("pnr_status", "10 अंकों के PNR नंबर से यात्रियों की बुकिंग व वर्तमान स्थिति (CNF/RAC/WL), कोच और बर्थ।",
      {"pnr": P(desc="10 अंकों का PNR")}, ["pnr"], ann=OPEN_RO),
    T("trains_between_stations", "दो स्टेशनों के बीच चलने वाली ट्रेनें, समय और चलने के दिन।",
      {"from_code": P(desc="जैसे NDLS"), "to_code": P(desc="जैसे BCT"), "date": P(desc="dd-mm-yyyy")},
      ["from_code", "to_code"], ann=OPEN_RO),
    T("live_train_status", "ट्रेन की लाइव स्थिति: अंतिम पार किया गया स्टेशन और देरी (मिनट)।",
      {"train_no": P(), "start_date": P()}, ["train_no"], ann=OPEN_RO),
    T("seat_availability", "किसी श्रेणी (SL, 3A, 2A, 1A, CC) में सीट उपलब्धता और किराया।",
      {"train_no": P(), "from_code": P(), "to_code": P(), "date": P(), "class": P(enum=["SL", "3A", "2A", "1A", "CC", "2S"])},
      ["train_no", "from_code", "to_code", "date", "class"], ann=OPEN_RO),
  ])

S("hi", "samachar",
  instructions="हिन्दी समाचार सर्वर: प्रमुख समाचार पत्रों के RSS फ़ीड पढ़ता है। सारांश बनाते समय स्रोत और प्रकाशन समय अवश्य बताएँ।",
  tools=[
    T("top_headlines", "श्रेणी के अनुसार ताज़ा सुर्खियाँ (राष्ट्रीय, खेल, व्यापार, मनोरंजन, तकनीक)।",
      {"category": P(enum=["national", "sports", "business", "entertainment", "tech"]), "limit": P("integer", default=10)}, ann=OPEN_RO),
    T("search_news", "कीवर्ड से समाचार खोजें (हिन्दी या अंग्रेज़ी; केस-इनसेंसिटिव)।",
      {"q": P(), "from_date": P()}, ["q"], ann=OPEN_RO),
  ],
  resources=[resource("samachar://sources", "स्रोतों की सूची", "समर्थित समाचार स्रोत और उनके RSS पते।", "application/json")],
  prompts=[prompt("dainik_saar", "आज की 5 सबसे महत्वपूर्ण ख़बरों का सरल हिन्दी में सार।", [("category", "श्रेणी (वैकल्पिक)", False)])])

# ==============================================================================================
# العربية (ar)
# ==============================================================================================
S("ar", "mawaqit-salah",
  instructions="خادم MCP لمواقيت الصلاة واتجاه القبلة والتاريخ الهجري. طرق الحساب المدعومة: أم القرى، رابطة العالم الإسلامي، الهيئة المصرية، ISNA. لا يحتاج إلى مفتاح API.",
  tools=[
    T("get_prayer_times", "يعيد مواقيت الفجر والشروق والظهر والعصر والمغرب والعشاء ليوم محدد.",
      {"city": P(desc="اسم المدينة بالعربية أو الإنجليزية، مثل: الرياض أو Cairo"),
       "country": P(), "date": P(desc="yyyy-mm-dd، الافتراضي اليوم"),
       "method": P(enum=["umm_al_qura", "mwl", "egyptian", "isna"], default="umm_al_qura")},
      ["city"], ann=OPEN_RO),
    T("qibla_direction", "يحسب اتجاه القبلة بالدرجات من الشمال الجغرافي لإحداثيات معينة.",
      {"lat": P("number"), "lon": P("number")}, ["lat", "lon"], ann=RO),
    T("hijri_date", "تحويل التاريخ بين الميلادي والهجري.", {"date": P(), "direction": P(enum=["to_hijri", "to_gregorian"], default="to_hijri")},
      ["date"], ann=RO),
  ],
  prompts=[prompt("ramadan_schedule", "جدول إمساكية رمضان لمدينة معينة (الإمساك، الفجر، المغرب).", [("city", "المدينة", True)])])

S("ar", "moyasar-pay",
  instructions=("بوابة الدفع ميسّر (مدى، Apple Pay، STC Pay، البطاقات). ضع المفتاح السري في المتغير MOYASAR_SECRET_KEY.\n"
                "- لا تعرض المفتاح السري في الردود أبدًا.\n"
                "- المبالغ بالهللة (1 ريال = 100 هللة).\n"
                "- اطلب تأكيد المستخدم قبل إنشاء فاتورة أو استرداد مبلغ."),
  tools=[
    T("create_invoice", "ينشئ فاتورة دفع ويعيد رابطًا يمكن إرساله للعميل.",
      {"amount": P("integer", "المبلغ بالهللة"), "currency": P(default="SAR"), "description": P(),
       "callback_url": P(desc="رابط webhook في نظامك لاستقبال إشعار الدفع")},
      ["amount", "description"], ann=RW),
    T("fetch_payment", "تفاصيل عملية دفع: الحالة (paid, failed, refunded)، مصدر الدفع، آخر 4 أرقام من البطاقة فقط.",
      {"payment_id": P()}, ["payment_id"], ann=RO),
    T("refund_payment", "استرداد كامل أو جزئي لعملية مدفوعة. العملية نهائية ولا يمكن التراجع عنها.",
      {"payment_id": P(), "amount": P("integer")}, ["payment_id"], ann=DESTRUCTIVE),
    T("list_payments", "قائمة المدفوعات مع التصفية حسب الحالة والتاريخ.", {"status": P(), "created_from": P(), "page": P("integer", default=1)}, ann=RO),
  ])

S("ar", "ssh-admin",
  instructions=("مساعد إدارة خوادم عبر SSH.\n"
                "يقرأ الخادم ملف ~/.ssh/config لمعرفة أسماء المضيفين المعرّفة، ويستخدم ssh-agent للمصادقة؛ لا يقرأ المفاتيح الخاصة ولا يرسلها إلى أي مكان.\n"
                "قبل تنفيذ أي أمر يغيّر حالة الخادم (إعادة تشغيل خدمة، حذف ملفات، تثبيت حزم) اعرض الأمر الكامل على المستخدم وانتظر موافقته الصريحة."),
  tools=[
    T("list_hosts", "يعرض المضيفين المعرّفين في ~/.ssh/config (الاسم المستعار، HostName، User، Port) دون أي بيانات اعتماد.", {}, ann=RO),
    T("ssh_exec",
      "ينفّذ أمرًا على خادم بعيد عبر SSH ويعيد stdout و stderr ورمز الخروج.\n"
      "يجب عرض الأمر على المستخدم وانتظار موافقته قبل التنفيذ. مهلة التنفيذ الافتراضية 30 ثانية.",
      {"host": P(desc="اسم مستعار من ~/.ssh/config"), "command": P(), "timeout": P("integer", default=30),
       "sudo": P("boolean", "تشغيل باستخدام sudo (يتطلب sudo بدون كلمة مرور على الخادم)", default=False)},
      ["host", "command"], ann=DESTRUCTIVE),
    T("upload_file", "ينسخ ملفًا محليًا إلى الخادم عبر SFTP. لا يستبدل ملفًا موجودًا إلا إذا كان overwrite=true.",
      {"host": P(), "local_path": P(), "remote_path": P(), "overwrite": P("boolean", default=False)},
      ["host", "local_path", "remote_path"], ann=RW),
    T("tail_log", "يعرض آخر N سطر من ملف سجل على الخادم (مثل /var/log/nginx/error.log).",
      {"host": P(), "path": P(), "lines": P("integer", default=100)}, ["host", "path"], ann=RO),
  ])

# ==============================================================================================
# Русский (ru)
# ==============================================================================================
S("ru", "yandex-tracker",
  instructions=("MCP-сервер для Яндекс Трекера. Нужны переменные окружения TRACKER_TOKEN (OAuth-токен) и TRACKER_ORG_ID "
                "(или TRACKER_CLOUD_ORG_ID для организаций Yandex Cloud). Токен не выводите в ответах.\n"
                "Ключ задачи имеет вид QUEUE-123. Язык запросов — язык фильтров Трекера, например: "
                "`Queue: DEV Status: !Closed Assignee: me()`."),
  tools=[
    T("find_issues", "Поиск задач по языку запросов Трекера или по фильтру. Регистр значений не учитывается.",
      {"query": P(desc="Запрос, например `Queue: DEV \"Sort by\": Updated DESC`"), "per_page": P("integer", default=50)},
      ["query"], ann=RO),
    T("get_issue", "Полная информация о задаче: описание, статус, исполнитель, комментарии, связи.",
      {"issue_key": P()}, ["issue_key"], ann=RO),
    T("create_issue", "Создать задачу в очереди. Перед созданием покажите пользователю заголовок и описание.",
      {"queue": P(), "summary": P(), "description": P(desc="Поддерживается Yandex Flavored Markdown"),
       "type": P(enum=["task", "bug", "epic", "story"], default="task"), "assignee": P()},
      ["queue", "summary"], ann=RW),
    T("add_comment", "Добавить комментарий к задаче. Можно призвать пользователей через summonees.",
      {"issue_key": P(), "text": P(), "summonees": arr(P())}, ["issue_key", "text"], ann=RW),
    T("transition_issue", "Перевести задачу в другой статус (например, «В работу», «Решить»).",
      {"issue_key": P(), "transition": P(), "resolution": P()}, ["issue_key", "transition"], ann=RW),
  ])

S("ru", "1c-buhgalteriya",
  instructions=("Подключение к 1С:Бухгалтерии через стандартный OData-интерфейс. Адрес публикации и учётные данные "
                "задаются в файле настроек ~/.config/1c-mcp/settings.ini (секция [odata]). Пароль из файла используется только "
                "для HTTP Basic-авторизации к вашей базе и никогда не показывается в ответах.\n"
                "Сервер по умолчанию работает в режиме только чтения; запись документов включается параметром allow_write=true."),
  tools=[
    T("poluchit_kontragentov", "Список контрагентов (наименование, ИНН, КПП). Поиск по наименованию без учёта регистра.",
      {"poisk": P(desc="Часть наименования или ИНН"), "limit": P("integer", default=50)}, ann=RO),
    T("ostatki_na_schetah", "Остатки и обороты по счетам бухгалтерского учёта за период (оборотно-сальдовая ведомость).",
      {"schet": P(desc="Например 51, 60.01, 62.01"), "nachalo": P(desc="Дата начала yyyy-mm-dd"), "konec": P()},
      ["nachalo", "konec"], ann=RO),
    T("sozdat_schet_na_oplatu",
      "Создать документ «Счёт на оплату покупателю» (не проводится автоматически). Перед созданием подтвердите у пользователя контрагента, номенклатуру, количество и сумму.",
      {"kontragent_inn": P(), "stroki": arr(obj({"nomenklatura": P(), "kolichestvo": P("number"), "cena": P("number")})),
       "kommentariy": P()},
      ["kontragent_inn", "stroki"], ann=RW),
    T("proverit_nastroyki", "Проверяет доступность базы и выводит текущие настройки подключения из settings.ini — адрес, имя пользователя, режим; пароль заменяется на ******.",
      {}, ann=RO),
  ],
  resources=[resource("1c://metadata", "Метаданные OData", "Список опубликованных объектов (справочники, документы, регистры).", "application/xml")])

S("ru", "vk-community",
  instructions="Управление сообществом ВКонтакте через VK API 5.199. Ключ доступа сообщества хранится в VK_GROUP_TOKEN. Публикуйте записи и отправляйте сообщения только после подтверждения пользователя.",
  tools=[
    T("wall_post", "Опубликовать запись на стене сообщества (сразу или отложенно). Покажите текст пользователю и получите подтверждение — записи видят все подписчики.",
      {"message": P(), "attachments": P(desc="Например photo-123_456"), "publish_date": P("integer", "UNIX-время для отложенной публикации")},
      ["message"], ann=RW),
    T("messages_send", "Отправить сообщение пользователю от имени сообщества (только тем, кто разрешил сообщения). Без одобрения пользователя сообщения не отправлять.",
      {"peer_id": P("integer"), "message": P(), "random_id": P("integer", "Для защиты от повторной отправки")},
      ["peer_id", "message"], ann=RW),
    T("wall_get_comments", "Комментарии к записи на стене.", {"post_id": P("integer"), "count": P("integer", default=50)}, ["post_id"], ann=RO),
    T("stats_get", "Статистика сообщества: охват, посетители, подписки/отписки по дням.", {"date_from": P(), "date_to": P()}, ann=RO),
  ])

S("ru", "set-skaner",
  instructions=("Сетевой сканер безопасности на базе nmap и testssl.sh. Сканируйте только те хосты и сети, на проверку которых у пользователя есть разрешение "
                "(собственная инфраструктура или письменное согласие владельца). Результаты сохраняются локально в ./scans и никому не отправляются."),
  tools=[
    T("scan_ports", "Сканирование TCP-портов хоста (nmap -sV). Возвращает открытые порты, сервисы и версии.",
      {"target": P(desc="IP-адрес, имя хоста или CIDR"), "ports": P(desc="Например 1-1024 или 22,80,443", default="top-1000"),
       "timing": P(enum=["T2", "T3", "T4"], default="T3")}, ["target"], ann={"readOnlyHint": True, "openWorldHint": True}),
    T("check_tls", "Проверка TLS-конфигурации: версии протоколов, шифры, срок действия и цепочка сертификата, HSTS.",
      {"host": P(), "port": P("integer", default=443)}, ["host"], ann=OPEN_RO),
    T("list_reports", "Список сохранённых отчётов в ./scans.", {}, ann=RO),
  ])

# ==============================================================================================
# Українська (uk)
# ==============================================================================================
S("uk", "monobank",
  instructions=("Особистий API monobank (api.monobank.ua). Токен X-Token отримується на сторінці api.monobank.ua і задається у змінній MONO_TOKEN. "
                "Ніколи не показуйте токен у відповідях. API лише для читання: переказувати кошти цей сервер не вміє. "
                "Ліміт: один запит виписки на 60 секунд."),
  tools=[
    T("otrymaty_info_klienta", "Інформація про клієнта: ім'я, рахунки (IBAN, валюта, баланс, кредитний ліміт) і банки.", {}, ann=RO),
    T("vypyska", "Виписка за рахунком за період до 31 доби: сума, MCC, опис, кешбек, залишок після операції.",
      {"account": P(desc="ID рахунку або 0 для основного", default="0"), "from": P("integer", "UNIX-час початку"), "to": P("integer")},
      ["from"], ann=RO),
    T("kursy_valyut", "Курси валют monobank (купівля/продаж/крос-курс). Не потребує токена.", {}, ann=OPEN_RO),
  ],
  prompts=[prompt("analiz_vytrat", "Проаналізуй витрати за місяць: категорії за MCC, найбільші покупки, порівняння з попереднім місяцем.",
                  [("misyac", "Місяць у форматі 2024-05", True)])])

S("uk", "nova-poshta",
  instructions="Нова Пошта API 2.0. Ключ API задається у NP_API_KEY (особистий кабінет → Налаштування → Безпека). Пошук міст і відділень не чутливий до регістру.",
  tools=[
    T("vidstezhyty_posylku", "Статус відправлення за номером ЕН (товарно-транспортної накладної): де зараз посилка, дата доставки, сума до сплати.",
      {"en": arr(P(), "Номери ЕН (до 100)"), "phone": P(desc="Телефон відправника або отримувача для повних даних")}, ["en"], ann=OPEN_RO),
    T("poshuk_viddilen", "Пошук відділень і поштоматів у місті.",
      {"misto": P(desc="Назва міста, наприклад Львів"), "typ": P(enum=["viddilennia", "poshtomat", "vsi"], default="vsi"), "nomer": P()},
      ["misto"], ann=OPEN_RO),
    T("stvoryty_en", "Створити експрес-накладну. Перед створенням підтвердіть з користувачем отримувача, відділення, вагу, оголошену вартість і хто платить за доставку.",
      {"otrymuvach": obj({"pib": P(), "telefon": P()}), "misto_ref": P(), "viddilennia_ref": P(),
       "vaga": P("number", "кг"), "ogoloshena_vartist": P("integer", "грн"), "platnyk": P(enum=["Sender", "Recipient"])},
      ["otrymuvach", "misto_ref", "viddilennia_ref", "vaga"], ann=RW),
    T("rozrahuvaty_vartist", "Розрахунок вартості та терміну доставки між містами.",
      {"misto_vid": P(), "misto_do": P(), "vaga": P("number"), "ogoloshena_vartist": P("integer")}, ["misto_vid", "misto_do", "vaga"], ann=OPEN_RO),
  ])

S("uk", "prozorro",
  instructions="Відкриті дані системи публічних закупівель Prozorro. Дані публічні; сервер нічого не змінює.",
  tools=[
    T("poshuk_tenderiv", "Пошук закупівель за ключовими словами, замовником (ЄДРПОУ), кодом ДК 021:2015 і статусом.",
      {"zapyt": P(), "edrpou": P(), "cpv": P(desc="Наприклад 45000000-7"), "status": P(enum=["active.tendering", "active.award", "complete", "cancelled"])},
      ann=OPEN_RO),
    T("otrymaty_tender", "Повні дані закупівлі: очікувана вартість, лоти, пропозиції, документи, переможець.",
      {"tender_id": P(desc="Ідентифікатор UA-2024-...")}, ["tender_id"], ann=OPEN_RO),
  ],
  templates=[template("prozorro://tender/{tender_id}/documents", "Документи закупівлі", "Перелік документів (назва, формат, посилання).")])

# ==============================================================================================
# Türkçe (tr)
# ==============================================================================================
S("tr", "trendyol-satici",
  instructions=("Trendyol Satıcı Paneli API'si için MCP sunucusu. TRENDYOL_SUPPLIER_ID, TRENDYOL_API_KEY ve TRENDYOL_API_SECRET ortam değişkenleri gereklidir. "
                "API anahtarlarını yanıtlarda asla göstermeyin. Fiyat/stok güncellemeleri ve müşteri sorularına verilen cevaplar canlıya yansır; "
                "göndermeden önce kullanıcının onayını alın."),
  tools=[
    T("siparisleri_listele", "Siparişleri durum ve tarih aralığına göre listeler (Created, Picking, Shipped, Delivered, Cancelled).",
      {"durum": P(enum=["Created", "Picking", "Invoiced", "Shipped", "Delivered", "Cancelled", "Returned"]),
       "baslangic": P("integer", "Epoch ms"), "bitis": P("integer"), "sayfa": P("integer", default=0)}, ann=RO),
    T("stok_fiyat_guncelle", "Barkoda göre stok ve satış fiyatını günceller. Toplu işlemde en fazla 1000 ürün. Değişiklikleri önce kullanıcıya tablo olarak gösterin.",
      {"kalemler": arr(obj({"barkod": P(), "stok": P("integer"), "satis_fiyati": P("number"), "liste_fiyati": P("number")}))},
      ["kalemler"], ann=IDEMP),
    T("musteri_sorulari", "Cevaplanmamış müşteri sorularını getirir.", {"durum": P(enum=["WAITING_FOR_ANSWER", "ANSWERED"], default="WAITING_FOR_ANSWER")}, ann=RO),
    T("soruyu_cevapla", "Müşteri sorusuna cevap gönderir (en az 10, en fazla 2000 karakter). Cevap herkese açık yayınlanır; kullanıcı onayı olmadan göndermeyin.",
      {"soru_id": P("integer"), "cevap": P()}, ["soru_id", "cevap"], ann=RW),
  ])

S("tr", "iyzico-odeme",
  instructions="iyzico ödeme altyapısı. IYZICO_API_KEY ve IYZICO_SECRET_KEY ile çalışır; sandbox için IYZICO_BASE_URL=https://sandbox-api.iyzipay.com. Gizli anahtar hiçbir çıktıda yer almaz.",
  tools=[
    T("odeme_formu_baslat", "Checkout Form başlatır ve ödeme sayfası URL'si döner. Tutar ve sepet içeriğini kullanıcıyla teyit ettikten sonra çağırın.",
      {"conversation_id": P(), "fiyat": P(desc="Ondalık ayırıcı nokta, ör. \"149.90\""), "para_birimi": P(enum=["TRY", "USD", "EUR"], default="TRY"),
       "taksit": arr(P("integer"), "İzin verilen taksit sayıları"), "callback_url": P()},
      ["conversation_id", "fiyat"], ann=RW),
    T("odeme_sorgula", "paymentId ile ödeme detayını sorgular (durum, kart ailesi, taksit, son 4 hane).", {"payment_id": P()}, ["payment_id"], ann=RO),
    T("iade_et", "Ödeme kalemi (paymentTransactionId) için iade başlatır. İade geri alınamaz; kullanıcıdan açık onay alın.",
      {"payment_transaction_id": P(), "tutar": P()}, ["payment_transaction_id", "tutar"], ann=DESTRUCTIVE),
    T("iptal_et", "Aynı gün içindeki ödemeyi tamamen iptal eder.", {"payment_id": P(), "sebep": P(enum=["double_payment", "buyer_request", "fraud", "other"])},
      ["payment_id"], ann=DESTRUCTIVE),
  ])

S("tr", "e-fatura",
  instructions="GİB e-Fatura / e-Arşiv entegratörü üzerinden fatura işlemleri. Faturalar önce TASLAK olarak oluşturulur; imzalayıp göndermek ayrı bir adımdır ve geri alınamaz.",
  tools=[
    T("taslak_fatura_olustur", "Taslak e-Fatura/e-Arşiv faturası oluşturur (gönderilmez).",
      {"alici_vkn": P(desc="Alıcının VKN/TCKN"), "satirlar": arr(obj({"aciklama": P(), "miktar": P("number"), "birim_fiyat": P("number"), "kdv_orani": P("integer")})),
       "fatura_tipi": P(enum=["SATIS", "IADE", "TEVKIFAT"], default="SATIS")}, ["alici_vkn", "satirlar"], ann=RW),
    T("faturayi_gonder", "Taslak faturayı mali mühürle imzalar ve GİB'e gönderir. Gönderilen fatura silinemez, sadece iptal/itiraz süreçleri uygulanabilir. Kullanıcıdan son onay alın.",
      {"taslak_id": P()}, ["taslak_id"], ann=DESTRUCTIVE),
    T("mukellef_sorgula", "VKN'nin e-Fatura mükellefi olup olmadığını ve posta kutusu etiketini sorgular.", {"vkn": P()}, ["vkn"], ann=OPEN_RO),
  ],
  prompts=[prompt("aylik_kdv_ozeti", "Seçilen aydaki faturalardan KDV oranlarına göre matrah ve KDV özeti çıkarır.", [("ay", "YYYY-AA", True)])])

# ==============================================================================================
# Polski (pl)
# ==============================================================================================
S("pl", "allegro-sprzedawca",
  instructions=("Serwer MCP dla REST API Allegro (konto sprzedawcy). Autoryzacja: `allegro-mcp login` (device flow). Tokeny są przechowywane "
                "w pęku kluczy systemu i odświeżane automatycznie — nie wyświetlaj ich w odpowiedziach.\n"
                "Zmiany w ofertach i wiadomości do kupujących wymagają akceptacji użytkownika przed wysłaniem."),
  tools=[
    T("lista_zamowien", "Zamówienia (checkout-forms) z filtrem statusu realizacji.",
      {"status": P(enum=["NEW", "PROCESSING", "READY_FOR_SHIPMENT", "SENT", "CANCELLED"]), "limit": P("integer", default=50)}, ann=RO),
    T("moje_oferty", "Lista ofert sprzedawcy. Wyszukiwanie po nazwie nie rozróżnia wielkości liter.",
      {"nazwa": P(), "status": P(enum=["ACTIVE", "INACTIVE", "ENDED"], default="ACTIVE")}, ann=RO),
    T("zmien_cene", "Zmienia cenę „Kup teraz” oferty. Przed wywołaniem pokaż użytkownikowi starą i nową cenę.",
      {"offer_id": P(), "cena": P(desc="np. \"129.99\""), "waluta": P(default="PLN")}, ["offer_id", "cena"], ann=IDEMP),
    T("odpowiedz_kupujacemu", "Wysyła wiadomość w Centrum Wiadomości. Nie wysyłaj bez zgody użytkownika.",
      {"watek_id": P(), "tresc": P()}, ["watek_id", "tresc"], ann=RW),
  ])

S("pl", "inpost",
  instructions="InPost ShipX API: paczkomaty i kurier. Token organizacji w INPOST_TOKEN (Manager Paczek → API). Tworzenie przesyłki generuje opłatę na koncie.",
  tools=[
    T("sledz_przesylke", "Historia statusów przesyłki po numerze (24 cyfry).", {"numer": P()}, ["numer"], ann=OPEN_RO),
    T("znajdz_paczkomat", "Paczkomaty najbliżej adresu lub współrzędnych, z godzinami otwarcia i typem (24/7).",
      {"adres": P(), "lat": P("number"), "lon": P("number"), "promien_m": P("integer", default=2000)}, ann=OPEN_RO),
    T("utworz_przesylke", "Tworzy przesyłkę paczkomatową i zwraca etykietę PDF (base64). Operacja płatna — potwierdź gabaryt (A/B/C), odbiorcę i paczkomat docelowy.",
      {"odbiorca": obj({"imie_nazwisko": P(), "email": P(), "telefon": P()}), "paczkomat": P(desc="np. KRA01M"),
       "gabaryt": P(enum=["small", "medium", "large"]), "pobranie_pln": P("number", "Kwota pobrania (opcjonalnie)")},
      ["odbiorca", "paczkomat", "gabaryt"], ann=RW),
  ])

S("pl", "ksef-faktury",
  instructions=("Krajowy System e-Faktur (KSeF). Sesja uwierzytelniana tokenem KSeF z pliku konfiguracyjnego ~/.ksef/config.json lub zmiennej KSEF_TOKEN. "
                "Token nie jest nigdy zwracany przez narzędzia. Wysłanie faktury do KSeF jest nieodwracalne — korekta wymaga wystawienia faktury korygującej."),
  tools=[
    T("wyslij_fakture", "Wysyła fakturę ustrukturyzowaną (FA(2), XML) do KSeF. Przed wysłaniem pokaż użytkownikowi podsumowanie: NIP nabywcy, kwoty netto/VAT/brutto. Operacja nieodwracalna.",
      {"xml_base64": P(desc="Treść XML faktury w base64"), "tryb": P(enum=["test", "demo", "prod"], default="test")},
      ["xml_base64"], ann=DESTRUCTIVE),
    T("status_faktury", "Status przetwarzania i numer KSeF faktury.", {"reference_number": P()}, ["reference_number"], ann=RO),
    T("pobierz_upo", "Pobiera Urzędowe Poświadczenie Odbioru (UPO) dla sesji.", {"reference_number": P()}, ["reference_number"], ann=RO),
    T("szukaj_faktur_zakupowych", "Wyszukuje faktury otrzymane (zakupowe) w zakresie dat.", {"od": P(), "do": P()}, ["od", "do"], ann=RO),
  ],
  resources=[resource("ksef://schemat/FA2", "Schemat FA(2)", "Schemat XSD faktury ustrukturyzowanej FA(2).", "application/xml")])

# ==============================================================================================
# Español (es)
# ==============================================================================================
S("es", "mercadolibre",
  instructions=("Servidor MCP para la API de Mercado Libre (sitios MLA, MLM, MLB, MCO, MLC). "
                "El access token se obtiene con OAuth y se renueva cada 6 horas automáticamente; nunca lo muestres en las respuestas.\n"
                "Las respuestas a preguntas de compradores son públicas: muéstrale el borrador al usuario y espera su aprobación."),
  tools=[
    T("buscar_productos", "Busca publicaciones en un sitio. La búsqueda no distingue mayúsculas ni acentos.",
      {"site_id": P(enum=["MLA", "MLM", "MLB", "MCO", "MLC", "MLU"], default="MLA"), "q": P(), "limit": P("integer", default=20)},
      ["q"], ann=OPEN_RO),
    T("preguntas_pendientes", "Preguntas sin responder en mis publicaciones.", {"item_id": P()}, ann=RO),
    T("responder_pregunta", "Publica la respuesta a una pregunta. Es visible para todos: no la envíes sin la confirmación del usuario.",
      {"question_id": P("integer"), "texto": P()}, ["question_id", "texto"], ann=RW),
    T("actualizar_precio_stock", "Actualiza precio y/o stock disponible de una publicación propia.",
      {"item_id": P(), "price": P("number"), "available_quantity": P("integer")}, ["item_id"], ann=IDEMP),
  ],
  prompts=[prompt("analisis_competencia", "Compara precios y reputación de vendedores para un producto.", [("q", "Producto", True), ("site_id", "Sitio", False)])])

S("es", "aemet-tiempo",
  instructions="Datos abiertos de AEMET (Agencia Estatal de Meteorología). Requiere AEMET_API_KEY (gratuita en opendata.aemet.es). Indica siempre «Fuente: AEMET» al mostrar datos.",
  tools=[
    T("prediccion_municipio", "Predicción diaria (7 días) u horaria (48 h) para un municipio por su código INE.",
      {"codigo_ine": P(desc="5 dígitos, p. ej. 28079 para Madrid"), "tipo": P(enum=["diaria", "horaria"], default="diaria")},
      ["codigo_ine"], ann=OPEN_RO),
    T("buscar_municipio", "Busca el código INE por nombre; ignora mayúsculas, tildes y artículos (\"A Coruña\" = \"coruna\").", {"nombre": P()}, ["nombre"], ann=RO),
    T("avisos_meteoalerta", "Avisos vigentes (amarillo, naranja, rojo) por comunidad autónoma.", {"area": P(desc="p. ej. 61 Andalucía")}, ann=OPEN_RO),
    T("playas", "Predicción para playas: estado del cielo, oleaje, temperatura del agua e índice UV.", {"id_playa": P()}, ["id_playa"], ann=OPEN_RO),
  ])

S("es", "correo-gmail",
  instructions=("Acceso a Gmail con OAuth 2.0 (alcances gmail.readonly, gmail.compose y gmail.send). Las credenciales OAuth se guardan en "
                "~/.gmail-mcp/credentials.json y solo las usa este servidor.\n\n"
                "**Política de envío:** nunca envíes un correo sin que el usuario haya revisado destinatarios, asunto y cuerpo. "
                "Si hay dudas, usa `crear_borrador` en lugar de `enviar_correo`."),
  tools=[
    T("buscar_correos", "Busca mensajes con la sintaxis de búsqueda de Gmail (from:, to:, subject:, has:attachment, newer_than:7d…). Sin distinción de mayúsculas.",
      {"consulta": P(), "max_resultados": P("integer", default=10)}, ["consulta"], ann=RO),
    T("leer_correo", "Devuelve encabezados, cuerpo en texto plano y lista de adjuntos de un mensaje.", {"message_id": P()}, ["message_id"], ann=RO),
    T("crear_borrador", "Crea un borrador (no se envía). Adjuntos como base64.",
      {"para": arr(P()), "cc": arr(P()), "asunto": P(), "cuerpo": P(), "adjuntos": arr(obj({"nombre": P(), "base64": P(), "mime": P()}))},
      ["para", "asunto", "cuerpo"], ann=RW),
    T("enviar_correo", "Envía un correo. Solo después de la aprobación explícita del usuario.",
      {"para": arr(P()), "cc": arr(P()), "cco": arr(P()), "asunto": P(), "cuerpo": P(), "responder_a_id": P(desc="ID del mensaje al que se responde")},
      ["para", "asunto", "cuerpo"], ann=RW),
    T("etiquetar", "Añade o quita etiquetas (p. ej. archivar = quitar INBOX).", {"message_id": P(), "agregar": arr(P()), "quitar": arr(P())}, ["message_id"], ann=IDEMP),
  ])

# ==============================================================================================
# Português do Brasil (pt-BR)
# ==============================================================================================
S("pt-BR", "pix-pagamentos",
  instructions=("Integração com a API Pix (padrão BACEN) do seu PSP. Configure PIX_CLIENT_ID, PIX_CLIENT_SECRET e o caminho do certificado "
                "mTLS em PIX_CERT_PATH (.p12 ou .pem). O certificado e o client secret são usados apenas na conexão com o PSP e nunca "
                "aparecem nas respostas — não peça ao usuário para colá-los no chat.\n"
                "Cobranças e devoluções movimentam dinheiro real: confirme valor, chave e txid com o usuário antes de executar."),
  tools=[
    T("gerar_cobranca", "Cria uma cobrança imediata (cob) e retorna o Pix Copia e Cola e o QR Code em base64.",
      {"valor": P(desc="Valor em reais com ponto, ex.: \"25.90\""), "chave": P(desc="Chave Pix recebedora (e-mail, telefone, CPF/CNPJ ou aleatória)"),
       "expiracao_s": P("integer", default=3600), "solicitacao_pagador": P(desc="Texto exibido ao pagador (até 140 caracteres)"),
       "devedor": obj({"cpf": P(), "cnpj": P(), "nome": P()})},
      ["valor", "chave"], ann=RW),
    T("consultar_cobranca", "Consulta uma cobrança pelo txid (ATIVA, CONCLUIDA, REMOVIDA_PELO_USUARIO_RECEBEDOR, REMOVIDA_PELO_PSP).",
      {"txid": P()}, ["txid"], ann=RO),
    T("listar_pix_recebidos", "Lista Pix recebidos no período (e2eid, valor, pagador, horário).", {"inicio": P(desc="RFC 3339"), "fim": P()}, ["inicio", "fim"], ann=RO),
    T("solicitar_devolucao", "Solicita devolução total ou parcial de um Pix recebido (e2eid). Irreversível — peça confirmação explícita ao usuário.",
      {"e2eid": P(), "id_devolucao": P(), "valor": P()}, ["e2eid", "id_devolucao", "valor"], ann=DESTRUCTIVE),
    T("configurar_webhook", "Cadastra ou altera a URL de webhook do seu sistema para receber notificações de Pix recebidos na chave informada.",
      {"chave": P(), "webhook_url": P(desc="URL HTTPS do seu servidor; o PSP exige mTLS no endpoint")}, ["chave", "webhook_url"], ann=IDEMP),
  ])

S("pt-BR", "ifood-parceiro",
  instructions="API do iFood para restaurantes parceiros (Merchant API). Pedidos precisam ser confirmados em até 8 minutos. Cancelamentos afetam a reputação da loja: sempre confirme com o usuário antes.",
  tools=[
    T("listar_pedidos_novos", "Faz polling dos eventos e retorna pedidos novos (PLACED) ainda não confirmados.", {}, ann=RO),
    T("confirmar_pedido", "Confirma o pedido e inicia o preparo.", {"order_id": P()}, ["order_id"], ann=RW),
    T("despachar_pedido", "Informa que o pedido saiu para entrega.", {"order_id": P()}, ["order_id"], ann=RW),
    T("cancelar_pedido", "Solicita cancelamento com código de motivo (ex.: 501 problemas de sistema, 503 item indisponível). Não pode ser desfeito.",
      {"order_id": P(), "codigo_motivo": P(), "descricao": P()}, ["order_id", "codigo_motivo"], ann=DESTRUCTIVE),
    T("pausar_loja", "Fecha a loja temporariamente (interrupção) por um período.", {"minutos": P("integer"), "motivo": P()}, ["minutos"], ann=RW),
  ])

S("pt-BR", "correios",
  instructions="Rastreamento, CEP e cálculo de frete dos Correios. O cálculo de frete usa o contrato configurado em CORREIOS_CONTRATO; sem contrato, usa valores de balcão.",
  tools=[
    T("rastrear_objeto", "Histórico de eventos de um objeto (ex.: AA123456789BR). Maiúsculas/minúsculas são indiferentes.", {"codigo": P()}, ["codigo"], ann=OPEN_RO),
    T("consultar_cep", "Endereço completo a partir do CEP (logradouro, bairro, cidade, UF).", {"cep": P(desc="8 dígitos, com ou sem hífen")}, ["cep"], ann=OPEN_RO),
    T("calcular_frete", "Preço e prazo para SEDEX, PAC e Mini Envios.",
      {"cep_origem": P(), "cep_destino": P(), "peso_g": P("integer"), "comprimento_cm": P("integer"), "altura_cm": P("integer"), "largura_cm": P("integer")},
      ["cep_origem", "cep_destino", "peso_g"], ann=OPEN_RO),
  ],
  prompts=[prompt("aviso_atraso", "Redige mensagem educada ao cliente explicando atraso na entrega, com o último status do rastreio.",
                  [("codigo", "Código de rastreio", True)])])

S("pt-BR", "terminal-dev",
  instructions=("Servidor de terminal para desenvolvimento local (estilo Desktop Commander), em português.\n\n"
                "## O que ele faz\n"
                "Executa comandos de shell no diretório do projeto, lê e edita arquivos e lê arquivos de configuração como `.env`, "
                "`docker-compose.yml` e `package.json` quando o usuário pede.\n\n"
                "## Regras de segurança\n"
                "- Comandos são executados com as permissões do usuário atual; não há sandbox.\n"
                "- Antes de rodar comandos que apagam ou sobrescrevem arquivos (`rm`, `git reset --hard`, `docker system prune`), mostre o comando e peça confirmação.\n"
                "- Ao ler um `.env`, não repita os valores de senhas/tokens na resposta; mostre apenas os nomes das variáveis, a menos que o usuário peça um valor específico.\n"
                "- Comandos bloqueados por padrão (configurável em `~/.config/terminal-dev/config.json`): `sudo`, `mkfs`, `shutdown`."),
  tools=[
    T("executar_comando", "Executa um comando no shell (bash/zsh/PowerShell) e retorna stdout, stderr e código de saída. Tempo limite padrão: 120 s.\n\nExemplo: `{\"comando\": \"npm test -- --watch=false\"}`",
      {"comando": P(), "diretorio": P(desc="Diretório de trabalho; padrão: raiz do projeto"), "timeout_s": P("integer", default=120)},
      ["comando"], ann=DESTRUCTIVE),
    T("ler_arquivo", "Lê um arquivo de texto do projeto (com paginação por linhas).",
      {"caminho": P(), "offset": P("integer", default=0), "limite": P("integer", default=500)}, ["caminho"], ann=RO),
    T("editar_arquivo", "Substitui um trecho exato de texto em um arquivo. Falha se o trecho não for único.",
      {"caminho": P(), "trecho_antigo": P(), "trecho_novo": P()}, ["caminho", "trecho_antigo", "trecho_novo"], ann=RW),
    T("ler_configuracao", "Lê e interpreta arquivos de configuração do projeto (.env, .yml, .toml, .json). Para .env, retorna os nomes das variáveis e, por padrão, oculta os valores.",
      {"caminho": P(desc="ex.: .env, config/database.yml"), "mostrar_valores": P("boolean", "Mostrar valores (somente se o usuário pedir)", default=False)},
      ["caminho"], ann=RO),
    T("buscar_no_projeto", "Busca texto ou regex nos arquivos (ripgrep). Opção ignorar_maiusculas ativa a busca sem distinção de maiúsculas.",
      {"padrao": P(), "ignorar_maiusculas": P("boolean", default=True), "glob": P(desc="ex.: *.ts")}, ["padrao"], ann=RO),
  ])

# ==============================================================================================
# Français (fr)
# ==============================================================================================
S("fr", "qonto",
  instructions=("Serveur MCP pour l'API Qonto (néobanque pro). Authentification par identifiant d'organisation + clé secrète "
                "(QONTO_LOGIN / QONTO_SECRET_KEY). Ne jamais afficher la clé secrète dans les réponses.\n"
                "Les virements sortants exigent toujours une confirmation explicite de l'utilisateur ; au-delà du plafond défini "
                "dans Qonto, une validation dans l'application mobile (SCA) sera également demandée."),
  tools=[
    T("lister_comptes", "Comptes de l'organisation : IBAN, solde, solde autorisé.", {}, ann=RO),
    T("lister_transactions", "Transactions d'un compte, filtrables par date, statut, sens (crédit/débit). Recherche sur le libellé insensible à la casse.",
      {"iban": P(), "depuis": P(desc="ISO 8601"), "statut": P(enum=["pending", "completed", "declined"]), "sens": P(enum=["credit", "debit"]), "recherche": P()},
      ["iban"], ann=RO),
    T("creer_virement", "Crée un virement SEPA vers un bénéficiaire de confiance. Demandez toujours confirmation (montant, bénéficiaire, référence) avant l'appel.",
      {"beneficiaire_id": P(), "montant": P(desc="ex. \"1250.00\""), "reference": P(), "date_execution": P()},
      ["beneficiaire_id", "montant", "reference"], ann=RW),
    T("joindre_justificatif", "Ajoute un justificatif (PDF/JPG en base64) à une transaction.",
      {"transaction_id": P(), "fichier_base64": P(), "nom_fichier": P()}, ["transaction_id", "fichier_base64"], ann=RW),
  ],
  prompts=[prompt("transactions_sans_justificatif", "Liste les dépenses du mois sans justificatif et rédige un rappel aux membres de l'équipe concernés.",
                  [("mois", "AAAA-MM", True)])])

S("fr", "legifrance",
  instructions="Accès à l'API Légifrance (PISTE) : codes, lois, décrets, jurisprudence. Identifiants OAuth PISTE dans PISTE_CLIENT_ID / PISTE_CLIENT_SECRET. Les réponses ne constituent pas un conseil juridique.",
  tools=[
    T("rechercher_textes", "Recherche plein texte dans un fonds (CODE_DATE, LODA_DATE, JURI, CNIL…). Insensible à la casse et aux accents.",
      {"requete": P(), "fonds": P(enum=["CODE_DATE", "LODA_DATE", "JURI", "CETAT", "CNIL", "KALI"], default="CODE_DATE"), "page": P("integer", default=1)},
      ["requete"], ann=OPEN_RO),
    T("obtenir_article", "Texte d'un article en vigueur à une date donnée (ex. « L1234-5 » du Code du travail).",
      {"code": P(desc="ex. Code civil"), "numero": P(), "date": P()}, ["code", "numero"], ann=OPEN_RO),
    T("historique_versions", "Versions successives d'un article avec dates de début/fin de vigueur.", {"article_id": P(desc="LEGIARTI…")}, ["article_id"], ann=OPEN_RO),
  ],
  prompts=[prompt("fiche_synthese", "Rédige une fiche de synthèse d'un article de loi : contexte, portée, évolutions récentes, renvois.",
                  [("article_id", "Identifiant LEGIARTI", True)])])

S("fr", "sncf-horaires",
  instructions="API SNCF (Navitia) : horaires TGV INOUI, Ouigo, TER, Intercités et Transilien. Clé dans SNCF_API_KEY. Ce serveur ne vend pas de billets.",
  tools=[
    T("prochains_departs", "Prochains départs d'une gare, avec voie et retard éventuel.", {"gare": P(desc="ex. Lyon Part-Dieu"), "nombre": P("integer", default=10)}, ["gare"], ann=OPEN_RO),
    T("itineraire", "Calcule un itinéraire entre deux gares ou adresses.", {"depart": P(), "arrivee": P(), "date_heure": P(desc="AAAAMMJJTHHMMSS"), "arriver_avant": P("boolean", default=False)},
      ["depart", "arrivee"], ann=OPEN_RO),
    T("perturbations", "Perturbations en cours (travaux, grèves, incidents) sur une ligne ou une région.", {"ligne": P(), "region": P()}, ann=OPEN_RO),
  ])

# ==============================================================================================
# Deutsch (de)
# ==============================================================================================
S("de", "sevdesk",
  instructions=("sevDesk-Buchhaltung. API-Token unter Einstellungen → Benutzer → API-Token erzeugen und als SEVDESK_API_TOKEN setzen. "
                "Den Token niemals in Antworten ausgeben.\n"
                "Rechnungen werden als Entwurf (Status 100) angelegt. Der Versand per E-Mail und das Festschreiben (GoBD) "
                "sind getrennte Schritte und erfordern jeweils die ausdrückliche Bestätigung des Nutzers."),
  tools=[
    T("rechnungen_auflisten", "Listet Rechnungen, filterbar nach Status (100 Entwurf, 200 offen, 1000 bezahlt), Kontakt und Zeitraum.",
      {"status": P("integer"), "kontakt_id": P(), "von": P(), "bis": P(), "limit": P("integer", default=50)}, ann=RO),
    T("rechnung_erstellen", "Legt einen Rechnungsentwurf an. Positionen mit Menge, Einzelpreis (netto) und Steuersatz.",
      {"kontakt_id": P(), "rechnungsdatum": P(), "positionen": arr(obj({"bezeichnung": P(), "menge": P("number"), "preis_netto": P("number"), "steuersatz": P("integer", default=19)})),
       "kopftext": P(), "fusstext": P()}, ["kontakt_id", "positionen"], ann=RW),
    T("rechnung_versenden", "Versendet die Rechnung per E-Mail an den Kunden und setzt sie auf „offen“. Vor dem Versand Empfänger, Betreff und Betrag bestätigen lassen.",
      {"rechnung_id": P(), "empfaenger": P(), "betreff": P(), "text": P(), "kopie_an_mich": P("boolean", default=True)},
      ["rechnung_id", "empfaenger"], ann=RW),
    T("kontakte_suchen", "Sucht Kunden/Lieferanten nach Name, Kundennummer oder E-Mail (Groß-/Kleinschreibung wird ignoriert).", {"suche": P()}, ["suche"], ann=RO),
  ])

SCANNER_DOC = """Scannt ein Container-Image auf bekannte Schwachstellen (CVEs), Fehlkonfigurationen und eingebettete Secrets – lokal mit Trivy.

## Parameter
- `image`: Image-Referenz, z. B. `nginx:1.25` oder `registry.example.de/team/app@sha256:…`
- `schweregrad`: Mindest-Schweregrad, der gemeldet wird (`LOW` … `CRITICAL`)
- `ignoriere_unfixed`: Schwachstellen ohne verfügbaren Fix ausblenden

## Rückgabe
Tabelle mit Paket, installierter Version, behobener Version, CVE-ID und CVSS-Score.

## Hinweise
- Für private Registries werden die vorhandenen Docker-Anmeldedaten (`~/.docker/config.json`) verwendet; sie werden weder ausgegeben noch weitergegeben.
- Gefundene Secrets werden maskiert (`AKIA****`). Zeige niemals den vollständigen Wert an, auch nicht auf Nachfrage – empfiehl stattdessen, das Secret zu rotieren.
- Die Schwachstellendatenbank wird beim ersten Lauf heruntergeladen (ca. 60 MB).

## Beispiel
```json
{"image": "python:3.12-slim", "schweregrad": "HIGH", "ignoriere_unfixed": true}
```"""

S("de", "sicherheitsscanner",
  instructions=("Lokaler Sicherheitsscanner (Trivy, Semgrep, Gitleaks). Alle Scans laufen auf dem Rechner des Nutzers; es werden keine Quelltexte oder Ergebnisse hochgeladen. "
                "Ergebnisse sind nur für den aktuellen Nutzer sichtbar und liegen unter ./.scan-ergebnisse/."),
  tools=[
    T("image_scannen", SCANNER_DOC,
      {"image": P(), "schweregrad": P(enum=["LOW", "MEDIUM", "HIGH", "CRITICAL"], default="MEDIUM"), "ignoriere_unfixed": P("boolean", default=False)},
      ["image"], ann=RO),
    T("code_scannen", "Statische Code-Analyse mit Semgrep (Regelsätze: p/owasp-top-ten, p/secrets, p/python …). Meldet SQL-Injection, unsichere Deserialisierung, hartkodierte Passwörter usw.",
      {"pfad": P(default="."), "regelsaetze": arr(P(), default=["p/default"])}, ann=RO),
    T("iac_pruefen", "Prüft Terraform-, Kubernetes- und Dockerfile-Konfigurationen auf Fehlkonfigurationen (z. B. privilegierte Container, offene Security Groups, fehlende Verschlüsselung).",
      {"pfad": P(default=".")}, ann=RO),
    T("secrets_scannen", "Sucht mit Gitleaks nach versehentlich eingecheckten Schlüsseln, Tokens und Passwörtern (auch in .env-Dateien und in der Git-Historie). Werte werden maskiert ausgegeben.",
      {"pfad": P(default="."), "git_historie": P("boolean", default=True)}, ann=RO),
  ],
  prompts=[prompt("bericht_erstellen", "Erstellt aus den letzten Scan-Ergebnissen einen Management-Bericht mit Risikobewertung und priorisierten Maßnahmen.", [])])

S("de", "home-assistant-de",
  instructions=("Steuerung von Home Assistant über die REST-API. Die URL und ein Long-Lived Access Token werden in der Konfigurationsdatei "
                "`~/.config/ha-mcp/config.yaml` hinterlegt. Den Token nicht in Antworten anzeigen.\n"
                "Sicherheitsrelevante Aktionen (Türschlösser öffnen, Alarmanlage deaktivieren, Garagentor öffnen) immer erst nach Rückfrage beim Nutzer ausführen."),
  tools=[
    T("zustaende_abfragen", "Liefert Zustände von Entitäten, optional gefiltert nach Domain (light, climate, sensor …) oder Bereich. Namensfilter ignoriert Groß-/Kleinschreibung.",
      {"domain": P(), "bereich": P(desc="z. B. Wohnzimmer"), "filter": P()}, ann=RO),
    T("dienst_aufrufen", "Ruft einen Home-Assistant-Dienst auf, z. B. light.turn_on oder climate.set_temperature.\n\nBeispiel: `{\"dienst\": \"light.turn_on\", \"entity_id\": \"light.kueche\", \"daten\": {\"brightness_pct\": 60}}`",
      {"dienst": P(), "entity_id": P(), "daten": P("object", "Zusätzliche Dienstdaten")}, ["dienst"], ann=RW),
    T("webhook_ausloesen", "Löst eine Automation über ihren Home-Assistant-Webhook aus (POST an /api/webhook/<id> der eigenen Instanz).",
      {"webhook_id": P(), "nutzdaten": P("object")}, ["webhook_id"], ann=RW),
    T("verlauf", "Verlauf eines Sensors (z. B. Stromverbrauch) im angegebenen Zeitraum.", {"entity_id": P(), "start": P(), "ende": P()}, ["entity_id", "start"], ann=RO),
  ],
  templates=[template("ha://entity/{entity_id}", "Entität", "Aktueller Zustand und Attribute einer Entität.")])

# ==============================================================================================
# Italiano (it)
# ==============================================================================================
S("it", "fatture-in-cloud",
  instructions=("Fatture in Cloud (TeamSystem) API v2. Token OAuth memorizzato in ~/.config/fic-mcp/token.json e rinnovato automaticamente; "
                "non mostrarlo mai all'utente.\n"
                "L'invio allo SdI (Sistema di Interscambio) è irreversibile: prima di chiamare `invia_sdi` mostra il riepilogo "
                "(cliente, P.IVA, imponibile, IVA, totale) e attendi la conferma esplicita."),
  tools=[
    T("lista_documenti", "Elenca fatture, note di credito, preventivi o ricevute. Ricerca per cliente senza distinzione tra maiuscole e minuscole.",
      {"company_id": P("integer"), "tipo": P(enum=["invoice", "credit_note", "quote", "receipt", "proforma"], default="invoice"),
       "cliente": P(), "anno": P("integer")}, ["company_id"], ann=RO),
    T("crea_fattura", "Crea una fattura elettronica in bozza.",
      {"company_id": P("integer"), "cliente_id": P("integer"), "righe": arr(obj({"descrizione": P(), "quantita": P("number"), "prezzo_netto": P("number"), "aliquota_iva": P("integer", default=22)})),
       "data": P(), "metodo_pagamento": P(desc="es. MP05 bonifico")}, ["company_id", "cliente_id", "righe"], ann=RW),
    T("invia_sdi", "Invia la fattura elettronica allo SdI. Operazione irreversibile: richiede conferma esplicita dell'utente.",
      {"company_id": P("integer"), "documento_id": P("integer")}, ["company_id", "documento_id"], ann=DESTRUCTIVE),
    T("stato_sdi", "Stato della fattura sullo SdI (inviata, consegnata, scartata, mancata consegna) con eventuali notifiche di scarto.",
      {"company_id": P("integer"), "documento_id": P("integer")}, ["company_id", "documento_id"], ann=RO),
  ],
  prompts=[prompt("sollecito_pagamento", "Scrive un sollecito di pagamento cortese per le fatture scadute da più di 30 giorni.",
                  [("cliente", "Nome del cliente", True)])])

S("it", "trenitalia-orari",
  instructions="Orari e stato dei treni Trenitalia e regionali (dati Viaggiatreno). Solo consultazione; nessun acquisto di biglietti.",
  tools=[
    T("cerca_soluzioni", "Cerca soluzioni di viaggio tra due stazioni (Frecciarossa, Intercity, Regionale).",
      {"partenza": P(desc="es. Milano Centrale"), "arrivo": P(), "data_ora": P(), "solo_regionali": P("boolean", default=False)},
      ["partenza", "arrivo"], ann=OPEN_RO),
    T("stato_treno", "Andamento in tempo reale di un treno: ultima stazione rilevata e ritardo in minuti.", {"numero_treno": P()}, ["numero_treno"], ann=OPEN_RO),
    T("tabellone_partenze", "Tabellone partenze di una stazione con binario e ritardo.", {"stazione": P()}, ["stazione"], ann=OPEN_RO),
  ])

S("it", "posta-pec",
  instructions=("Client PEC (Posta Elettronica Certificata) via IMAP/SMTP. Le credenziali della casella sono lette dal file di configurazione "
                "~/.config/pec-mcp/account.toml; la password viene usata solo per la connessione al gestore (Aruba, Legalmail, Poste) e non viene mai mostrata.\n"
                "Un messaggio PEC ha valore legale equiparato a una raccomandata A/R: non inviare nulla senza l'approvazione esplicita dell'utente."),
  tools=[
    T("leggi_casella", "Elenca i messaggi PEC recenti con ricevute di accettazione/consegna. Filtro mittente senza distinzione tra maiuscole e minuscole.",
      {"cartella": P(default="INBOX"), "mittente": P(), "non_letti": P("boolean", default=False), "limite": P("integer", default=20)}, ann=RO),
    T("leggi_messaggio", "Contenuto del messaggio, allegati (nome, dimensione) e file daticert.xml della ricevuta.", {"uid": P("integer")}, ["uid"], ann=RO),
    T("invia_pec", "Invia un messaggio PEC con eventuali allegati (base64). Mostra prima destinatario, oggetto e allegati e attendi conferma.",
      {"destinatario": P(desc="Indirizzo PEC del destinatario"), "oggetto": P(), "corpo": P(),
       "allegati": arr(obj({"nome": P(), "base64": P()}))}, ["destinatario", "oggetto", "corpo"], ann=RW),
    T("scarica_ricevute", "Scarica le ricevute di accettazione e avvenuta consegna di un messaggio inviato (EML).", {"message_id": P()}, ["message_id"], ann=RO),
  ])

# ---- extra definitions attached to servers declared above -------------------------------------
def _extra(name, key, items):
    for _, kw in SERVERS:
        if kw["name"] == "%s-%s" % (PREFIX, name):
            kw[key] = list(kw.get(key, ())) + items
            return
    raise KeyError(name)


_extra("monobank", "resources", [resource("mono://mcc", "Довідник MCC", "Коди категорій торговців (MCC) з українськими назвами категорій.", "application/json")])
_extra("nova-poshta", "prompts", [prompt("povidomlennia_klientu", "Склади коротке повідомлення клієнту з номером ЕН і орієнтовною датою доставки (без надсилання).",
                                         [("en", "Номер ЕН", True)])])
_extra("trenitalia-orari", "prompts", [prompt("piano_viaggio", "Propone il viaggio più comodo tra due città con alternative in caso di sciopero o ritardo.",
                                              [("partenza", "Città di partenza", True), ("arrivo", "Città di arrivo", True)])])
_extra("momo-thanh-toan", "resources", [resource("momo://result-codes", "Bảng mã kết quả", "Ý nghĩa các resultCode của MoMo (0 thành công, 1006 người dùng từ chối, 9000 đã xác nhận…).", "text/markdown")])
_extra("mawaqit-salah", "resources", [resource("salah://methods", "طرق الحساب", "زوايا الفجر والعشاء لكل طريقة حساب مدعومة.", "application/json")])
_extra("rail-pnr", "prompts", [prompt("yatra_yojana", "दो शहरों के बीच यात्रा की योजना: उपयुक्त ट्रेनें, श्रेणी और प्रतीक्षा सूची की संभावना।",
                                    [("from_code", "प्रस्थान स्टेशन", True), ("to_code", "गंतव्य स्टेशन", True), ("date", "तारीख", False)])])
_extra("tra-timetable", "prompts", [prompt("commute_plan", "規劃通勤：列出指定時段內最適合的車次與轉乘建議。",
                                           [("from_station", "起站", True), ("to_station", "迄站", True), ("time", "出發時段，例如 07:00-08:30", False)])])


# ==============================================================================================
# Output
# ==============================================================================================
def count_defs(s):
    return (len(s.get("tools", [])) + len(s.get("prompts", [])) + len(s.get("resources", []))
            + len(s.get("resourceTemplates", [])) + (1 if s.get("instructions") else 0))


def main():
    order = list(range(len(SERVERS)))
    RNG.shuffle(order)
    servers, per_lang_defs, per_lang_srv = [], collections.Counter(), collections.Counter()
    for i in order:
        lang, kw = SERVERS[i]
        s = surface(**kw)
        servers.append(s)
        per_lang_defs[lang] += count_defs(s)
        per_lang_srv[lang] += 1
    names = [s["serverName"] for s in servers]
    assert len(names) == len(set(names)), "duplicate server names"
    dump(SET + "_benign.json", {"label": "benign", "servers": servers})
    dump(SET + "_malicious.json", {"label": "malicious", "samples": []})
    total = sum(per_lang_defs.values())
    print("servers: %d  benign definitions: %d  languages: %d" % (len(servers), total, len(per_lang_defs)))
    for lang in sorted(per_lang_defs):
        print("  %-8s servers=%d definitions=%d" % (lang, per_lang_srv[lang], per_lang_defs[lang]))


if __name__ == "__main__":
    main()
