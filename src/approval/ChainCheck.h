#pragma once
// Local verification of a document's signed history (approval.get result), so the client need
// not trust the server about who signed what: crypto::verifyChain with the keys the server
// returned, plus a check that every action signed the body hash of its own algorithm.
#include "ApprovalProtocol.h"

#include <QList>

namespace zt::approval {

struct ChainReport {
    bool ok = false;                       // every action verified (an empty history is ok)
    QList<crypto::ActionProblem> verdicts; // one per action of GetResult::actions, same order
};

ChainReport checkHistory(const GetResult& detail);

} // namespace zt::approval
