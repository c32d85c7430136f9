import { parseCode } from '../code/parse.js';
import { understandAsh } from '../ash/resources.js';
import { understandContexts } from '../phoenix/contexts.js';
import { understandLiveViews } from '../phoenix/liveviews.js';
import { understandEndpoints } from '../rest/endpoints.js';
import { understandTables } from '../sql/tables.js';
import { understandGraphqlTypes } from '../graphql/types.js';
import { understandJoin } from '../join/join.js';
export const modelStages = [parseCode, understandAsh, understandContexts, understandLiveViews, understandEndpoints, understandTables, understandGraphqlTypes, understandJoin];
