// The integration API's OpenAPI 3.1 document (docs/decisions/070): served at
// /api/v1/openapi.json, rendered by /api/v1/docs, and the source of the contract tests' typed
// client (e2e/generated/api-v1.ts, made by `npm run api:types`). Its schemas are kept equal to
// the zod schemas that validate requests by lib/api/openapi.test.ts.
import { WORK_ORDER_EVENTS } from "@/lib/domain/work-order";
import { COMPLAINT_STATUSES } from "@/lib/domain/complaint";
import { RATINGS } from "@/lib/domain/satisfaction";
import { DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER } from "@/lib/api/signature";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const problemContent = { "application/problem+json": { schema: ref("Problem") } };
const problemResponse = (description: string) => ({ description, content: problemContent });
const rateHeaders = {
  "RateLimit-Limit": { description: "本密钥每分钟的请求上限", schema: { type: "integer" } },
  "RateLimit-Remaining": { description: "当前窗口内剩余的请求数", schema: { type: "integer" } },
};
const common = {
  "401": problemResponse("缺少密钥，或密钥无效、已吊销，或所属系统已停用"),
  "429": { description: "超过请求频率上限", headers: { "Retry-After": { description: "需等待的秒数", schema: { type: "integer" } } }, content: problemContent },
};

export const WORK_ORDER_EXAMPLE = {
  orderNo: "12345-20261206-000123",
  receivedAt: "2026-12-06T09:30",
  residentName: "王丽",
  residentPhone: "13812345678",
  areaId: 1,
  categoryCode: "HAZARDOUS_STORAGE",
  description: "小区内夜间有人长期在楼道堆放易燃杂物，物业劝阻无效，请有关部门处理。",
};

export const openApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "联动 集成接口 Liandong integration API",
    version: "1.0.0",
    description:
      "供 12345、12319 等热线平台对接的接口：派单生成信访投诉（按职责清单分派），按投诉编号或工单号查询办理状态，回访；受理、退单、延期、办结、答复、办结归档、重新办理、回访等事件以签名回调推送。说明见 /api/v1/docs。",
  },
  servers: [{ url: "/api/v1" }],
  security: [{ apiKey: [] }],
  tags: [{ name: "work-orders", description: "工单（派单）" }, { name: "reference", description: "参考数据" }],
  paths: {
    "/work-orders": {
      post: {
        operationId: "createWorkOrder",
        tags: ["work-orders"],
        summary: "派单：以热线工单登记信访投诉",
        description:
          "工单派给所涉居住区的街道办事处，以其名义登记（与登记表单相同的分派规则和期限）。以工单号幂等：同一工单号、同样内容再次提交返回同一件投诉（200）；内容不同返回 409。",
        requestBody: { required: true, content: { "application/json": { schema: ref("WorkOrder"), example: WORK_ORDER_EXAMPLE } } },
        responses: {
          "201": { description: "已登记", headers: rateHeaders, content: { "application/json": { schema: ref("WorkOrderStatus") } } },
          "200": { description: "同一工单此前已登记（幂等重复）", headers: rateHeaders, content: { "application/json": { schema: ref("WorkOrderStatus") } } },
          "400": problemResponse("请求体不是有效的 JSON 对象"),
          ...common,
          "409": problemResponse("工单号已用于内容不同的工单"),
          "415": problemResponse("请求体不是 application/json"),
          "422": problemResponse("字段有误：errors 逐项说明"),
        },
      },
    },
    "/work-orders/{orderNo}": {
      get: {
        operationId: "getWorkOrder",
        tags: ["work-orders"],
        summary: "按工单号查询办理状态",
        parameters: [{ name: "orderNo", in: "path", required: true, schema: { type: "string", maxLength: 60 } }],
        responses: {
          "200": { description: "办理状态", headers: rateHeaders, content: { "application/json": { schema: ref("WorkOrderStatus") } } },
          ...common,
          "404": problemResponse("本系统没有该工单，或它已不在本系统的工作范围内"),
        },
      },
    },
    "/work-orders/{orderNo}/return-visit": {
      post: {
        operationId: "recordReturnVisit",
        tags: ["work-orders"],
        summary: "回访：记录群众对办理结果的评价",
        description: "投诉办结归档（CLOSED）后可回访；“不满意”时可要求重新办理（reopen），投诉回到“已受理”并重新计算办理期限。",
        parameters: [{ name: "orderNo", in: "path", required: true, schema: { type: "string", maxLength: 60 } }],
        requestBody: { required: true, content: { "application/json": { schema: ref("ReturnVisit"), example: { rating: "SATISFIED", comment: "已解决，群众满意" } } } },
        responses: {
          "200": { description: "已记录，返回最新状态", headers: rateHeaders, content: { "application/json": { schema: ref("WorkOrderStatus") } } },
          "400": problemResponse("请求体不是有效的 JSON 对象"),
          ...common,
          "404": problemResponse("本系统没有该工单"),
          "409": problemResponse("尚未办结归档，不能回访"),
          "415": problemResponse("请求体不是 application/json"),
          "422": problemResponse("字段有误"),
        },
      },
    },
    "/complaints/{id}": {
      get: {
        operationId: "getComplaint",
        tags: ["work-orders"],
        summary: "按投诉编号（complaintId）查询办理状态",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer", minimum: 1 } }],
        responses: {
          "200": { description: "办理状态", headers: rateHeaders, content: { "application/json": { schema: ref("WorkOrderStatus") } } },
          ...common,
          "404": problemResponse("不是本系统派来的工单，或不在本系统的工作范围内"),
        },
      },
    },
    "/categories": {
      get: {
        operationId: "listCategories",
        tags: ["reference"],
        summary: "职责清单类别（派单的 categoryCode）",
        responses: {
          "200": { description: "启用的类别", headers: rateHeaders, content: { "application/json": { schema: { type: "object", required: ["items"], properties: { items: { type: "array", items: ref("Category") } } } } } },
          ...common,
        },
      },
    },
    "/areas": {
      get: {
        operationId: "listAreas",
        tags: ["reference"],
        summary: "本系统工作范围内的居住区（派单的 areaId）",
        parameters: [
          { name: "q", in: "query", required: false, description: "按名称查找", schema: { type: "string", maxLength: 40 } },
          { name: "cursor", in: "query", required: false, description: "上一页响应中的 nextCursor", schema: { type: "integer", minimum: 1 } },
        ],
        responses: {
          "200": { description: "每页 100 个，按编号排序", headers: rateHeaders, content: { "application/json": { schema: ref("AreaPage") } } },
          ...common,
        },
      },
    },
  },
  webhooks: {
    workOrderEvent: {
      post: {
        summary: "工单事件回调",
        description: `本系统登记的工单发生受理、退单、延期、办结、答复、办结归档、重新办理、回访时推送。${SIGNATURE_HEADER} = "sha256=" + hex(HMAC-SHA256(签名密钥, ${TIMESTAMP_HEADER} + "." + 请求体))。应答 2xx 视为送达，否则按退避重试。`,
        parameters: [
          { name: TIMESTAMP_HEADER, in: "header", required: true, schema: { type: "string" }, description: "Unix 秒" },
          { name: SIGNATURE_HEADER, in: "header", required: true, schema: { type: "string" }, description: "sha256=<hex>" },
          { name: EVENT_HEADER, in: "header", required: true, schema: { type: "string" }, description: "事件名，同请求体 event" },
          { name: DELIVERY_HEADER, in: "header", required: true, schema: { type: "string" }, description: "投递编号（重试时不变，可用于去重）" },
        ],
        requestBody: { required: true, content: { "application/json": { schema: ref("WorkOrderEvent") } } },
        responses: { "200": { description: "已收到" } },
      },
    },
  },
  components: {
    securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "系统管理员签发的密钥 ld_…" } },
    schemas: {
      WorkOrder: {
        type: "object",
        additionalProperties: false,
        required: ["orderNo", "receivedAt", "residentName", "areaId", "categoryCode", "description"],
        properties: {
          orderNo: { type: "string", minLength: 1, maxLength: 60, pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$", description: "热线工单号（幂等键）" },
          receivedAt: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$", description: "受理时间，北京时间 YYYY-MM-DDTHH:mm；不晚于现在，不早于一年前" },
          residentName: { type: "string", minLength: 1, maxLength: 40, description: "来电人" },
          residentPhone: { type: "string", description: "联系电话（手机或固话），可空" },
          areaId: { type: "integer", minimum: 1, description: "居住区编号（GET /areas）" },
          categoryCode: { type: "string", minLength: 1, maxLength: 40, description: "职责清单类别代码（GET /categories）" },
          description: { type: "string", minLength: 1, maxLength: 2000, description: "诉求内容" },
        },
      },
      ReturnVisit: {
        type: "object",
        additionalProperties: false,
        required: ["rating"],
        properties: {
          rating: { type: "string", enum: [...RATINGS], description: "满意、基本满意、不满意" },
          comment: { type: "string", maxLength: 500 },
          reopen: { type: "boolean", description: "不满意时要求重新办理" },
        },
      },
      WorkOrderStatus: {
        type: "object",
        required: ["orderNo", "complaintId", "ref", "status", "receivedAt", "area", "category", "registeredBy", "handler", "acceptDueDate", "currentDueDate", "extendedDueDate", "notAcceptedReason", "result", "handledAt", "repliedAt", "closedAt", "satisfaction", "events"],
        properties: {
          orderNo: { type: "string" },
          complaintId: { type: "integer" },
          ref: { type: "string", description: "投诉编号，如 TS-2026-000123" },
          status: { type: "string", enum: [...COMPLAINT_STATUSES] },
          receivedAt: { type: "string", format: "date-time" },
          area: { type: "object", required: ["id", "name"], properties: { id: { type: "integer" }, name: { type: "string" } } },
          category: { oneOf: [{ type: "null" }, { type: "object", required: ["code", "name"], properties: { code: { type: "string" }, name: { type: "string" } } }] },
          registeredBy: { type: "string", description: "登记单位（街道办事处）" },
          handler: { type: "string", description: "当前承办单位" },
          acceptDueDate: { type: "string", format: "date" },
          currentDueDate: { type: ["string", "null"], format: "date", description: "当前环节的期限" },
          extendedDueDate: { type: ["string", "null"], format: "date", description: "延期后的办理期限" },
          notAcceptedReason: { type: ["string", "null"], description: "退单（不予受理）理由" },
          result: { type: ["string", "null"], description: "办理结果" },
          handledAt: { type: ["string", "null"], format: "date-time" },
          repliedAt: { type: ["string", "null"], format: "date-time" },
          closedAt: { type: ["string", "null"], format: "date-time" },
          satisfaction: { type: ["string", "null"], enum: [...RATINGS, null] },
          events: {
            type: "array",
            items: {
              type: "object",
              required: ["at", "kind", "event", "note"],
              properties: {
                at: { type: "string", format: "date-time" },
                kind: { type: "string" },
                event: { type: ["string", "null"], enum: [...WORK_ORDER_EVENTS, null], description: "对应的回调事件；内部环节为 null" },
                note: { type: "string" },
              },
            },
          },
        },
      },
      WorkOrderEvent: {
        type: "object",
        required: ["event", "occurredAt", "orderNo", "complaint", "details"],
        properties: {
          event: { type: "string", enum: WORK_ORDER_EVENTS.map((e) => `workOrder.${e}`) },
          occurredAt: { type: "string", format: "date-time" },
          orderNo: { type: "string" },
          complaint: {
            type: "object",
            required: ["id", "ref", "status", "currentDueDate"],
            properties: { id: { type: "integer" }, ref: { type: "string" }, status: { type: "string", enum: [...COMPLAINT_STATUSES] }, currentDueDate: { type: ["string", "null"], format: "date" } },
          },
          details: { type: "object", description: "note：退单理由、延期后的期限、办理结果、答复方式与内容或回访意见；rating：回访评价", additionalProperties: { type: ["string", "number", "null"] } },
        },
      },
      Category: { type: "object", required: ["code", "name", "nameEn", "policyText"], properties: { code: { type: "string" }, name: { type: "string" }, nameEn: { type: "string" }, policyText: { type: "string" } } },
      Area: {
        type: "object",
        required: ["id", "name", "address", "street", "district"],
        properties: {
          id: { type: "integer" }, name: { type: "string" }, address: { type: "string" },
          street: { type: "object", required: ["id", "name"], properties: { id: { type: "integer" }, name: { type: "string" } } },
          district: { type: "object", required: ["id", "name"], properties: { id: { type: "integer" }, name: { type: "string" } } },
        },
      },
      AreaPage: { type: "object", required: ["items", "nextCursor"], properties: { items: { type: "array", items: ref("Area") }, nextCursor: { type: ["integer", "null"] } } },
      Problem: {
        type: "object",
        description: "RFC 9457 problem details",
        required: ["type", "title", "status", "detail"],
        properties: {
          type: { type: "string", format: "uri-reference" },
          title: { type: "string" },
          status: { type: "integer" },
          detail: { type: "string" },
          errors: { type: "array", items: { type: "object", required: ["pointer", "detail"], properties: { pointer: { type: "string", description: "JSON 指针，如 #/areaId" }, detail: { type: "string" } } } },
          reference: { type: "string", description: "服务器日志中的错误编号（500 时）" },
        },
      },
    },
  },
} as const;
