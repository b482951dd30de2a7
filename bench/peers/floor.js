// The floor: fetch the dataset, JSON.parse it, mark ready. No page can be ready sooner.
'use strict';
peer.load().then(() => peer.ready(), peer.fail);
