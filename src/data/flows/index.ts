import { FlowError } from '../../lib/flows/flow-error.ts';
import { parseFlow, type Flow } from '../../lib/flows/schema.ts';
import annualOperatingPlan from './annual-operating-plan.ts';
import budgetAdjustment from './budget-adjustment.ts';
import budgetExecutionMonitoring from './budget-execution-monitoring.ts';
import budgetPreparation from './budget-preparation.ts';
import commercialOrgChart from './commercial-org-chart.ts';
import customerServiceSupport from './customer-service-support.ts';
import homeProductDevelopment from './home-product-development.ts';
import inventoryManagement from './inventory-management.ts';
import marketPromotion from './market-promotion.ts';
import marketResearchAnalysis from './market-research-analysis.ts';
import marketResearch from './market-research.ts';
import marketingSales from './marketing-sales.ts';
import merchandiseManagement from './merchandise-management.ts';
import operationsOrgChart from './operations-org-chart.ts';
import orderProcessing from './order-processing.ts';
import processImprovement from './process-improvement.ts';
import processSupervision from './process-supervision.ts';
import productServiceDevelopment from './product-service-development.ts';
import productionDelivery from './production-delivery.ts';
import quarterlyOperatingPlan from './quarterly-operating-plan.ts';
import sales from './sales.ts';

/** The definitions as written, in regulation order; exported for tests that mutate them into bad fixtures. */
export const flowDefinitions = [
  marketResearchAnalysis,
  productServiceDevelopment,
  productionDelivery,
  marketingSales,
  customerServiceSupport,
  processSupervision,
  processImprovement,
  homeProductDevelopment,
  commercialOrgChart,
  marketResearch,
  marketPromotion,
  sales,
  merchandiseManagement,
  inventoryManagement,
  orderProcessing,
  operationsOrgChart,
  annualOperatingPlan,
  quarterlyOperatingPlan,
  budgetPreparation,
  budgetExecutionMonitoring,
  budgetAdjustment,
];

/** Every flow, validated on import: a bad definition stops the build with its id and the reason. */
export const flows: Flow[] = flowDefinitions.map(parseFlow);

const ids = new Set<string>();
for (const flow of flows) {
  if (ids.has(flow.id)) throw new FlowError(flow.id, ['id 與另一個流程重複']);
  ids.add(flow.id);
}

export function flowById(id: string): Flow {
  const flow = flows.find((f) => f.id === id);
  if (!flow) throw new Error(`找不到流程「${id}」；現有流程：${flows.map((f) => f.id).join('、')}`);
  return flow;
}
